import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import type { Catalog } from '../../shared/procedures/procedure-schema';
import { validateCatalog } from '../../shared/procedures/validate-catalog';
import type { OutboxDatabase } from '../outbox/outbox-db';
import type { CityApiClient } from './city-api-client';

/**
 * The procedure catalog: the one bundled with the app, or a newer one from the
 * city. A fetched catalog replaces the last good one only after it validates; a
 * corrupt or hostile one is rejected and logged. A new catalog is used from the
 * next resident's session on, never in the middle of one.
 */
const compareVersions = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export class CatalogStore {
  private current: Catalog;
  private lastCheck = 0;

  constructor(
    private readonly db: OutboxDatabase,
    private readonly api: CityApiClient,
    private readonly now: () => number,
    private readonly log: (event: string, data?: Record<string, string | number | boolean>) => void,
    private readonly refreshEveryMs = 15 * 60_000,
    bundled: Catalog = BUNDLED_CATALOG,
  ) {
    this.current = bundled;
  }

  /** The catalog for a session starting now. */
  get catalog(): Catalog {
    return this.current;
  }

  /** Loads the last good catalog from storage if it is valid and newer than the bundled one. */
  async load(): Promise<Catalog> {
    const stored = await this.db.catalog.get('current').catch(() => undefined);
    if (stored) {
      const checked = validateCatalog(stored.catalog);
      if (checked.ok && compareVersions(checked.catalog.version, this.current.version) > 0) {
        this.current = checked.catalog;
      } else if (!checked.ok) {
        this.log('catalog.stored_invalid', { problems: checked.problems.length });
      }
    }
    return this.current;
  }

  /** Asks the city for a newer catalog (If-None-Match), at most every `refreshEveryMs`. */
  async refresh(): Promise<void> {
    if (this.now() - this.lastCheck < this.refreshEveryMs) return;
    this.lastCheck = this.now();
    const stored = await this.db.catalog.get('current');
    const answer = await this.api.getCatalog(stored?.etag ?? null);
    if (answer === null || answer === 'unchanged') return;
    const checked = validateCatalog(answer.body);
    if (!checked.ok) {
      this.log('catalog.rejected', { problems: checked.problems.length, first: checked.problems[0] ?? '' });
      return;
    }
    await this.db.catalog.put({
      id: 'current',
      etag: answer.etag,
      version: checked.catalog.version,
      catalog: checked.catalog,
      fetchedAt: this.now(),
    });
    if (compareVersions(checked.catalog.version, this.current.version) !== 0) {
      this.current = checked.catalog;
      this.log('catalog.updated', { version: checked.catalog.version });
    }
  }
}
