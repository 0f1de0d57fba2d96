/**
 * The catalog the sandbox serves on GET /v1/catalog, its strong ETag, and the
 * procedure versions POST /v1/submissions accepts.
 *
 * Two things are tracked separately on purpose: the *served bytes* (which an
 * admin may replace with corrupt or hostile bytes to test the kiosk's
 * rejection) and the *active catalog* (the last valid one), which decides what
 * a submission may name. Serving garbage must not make the city forget its
 * procedures.
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../shared/procedures/procedure-schema';

export type VersionCheck = 'ok' | 'unknown_procedure' | 'unsupported_procedure_version';

/** `"sha256-<base64url>"`: strong, quoted as RFC 9110 requires, and changes with any byte. */
export const strongEtag = (bytes: Uint8Array | string): string =>
  `"sha256-${createHash('sha256').update(bytes).digest('base64url')}"`;

/**
 * If-None-Match matching. RFC 9110 §13.1.2 uses the weak comparison here, so a
 * `W/` prefix is ignored; `*` matches any current representation.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag);
}

export class CatalogState {
  #active: Catalog;
  #body: Buffer;
  #etag: string;
  #raw = false;
  /** procedureId → versions explicitly withdrawn by the admin (to test a "re-file" rejection). */
  #retired: Record<string, number[]> = {};

  constructor(catalog: Catalog) {
    this.#active = catalog;
    this.#body = Buffer.from(JSON.stringify(catalog));
    this.#etag = strongEtag(this.#body);
  }

  get body(): Buffer {
    return this.#body;
  }
  get etag(): string {
    return this.#etag;
  }
  get raw(): boolean {
    return this.#raw;
  }
  get active(): Catalog {
    return this.#active;
  }
  get retiredVersions(): Record<string, number[]> {
    return this.#retired;
  }

  /** A validated catalog: served as JSON and becomes the active one. */
  setCatalog(catalog: Catalog): void {
    this.#active = catalog;
    this.#body = Buffer.from(JSON.stringify(catalog));
    this.#etag = strongEtag(this.#body);
    this.#raw = false;
  }

  /** Arbitrary bytes served verbatim; the active catalog stays the last valid one. */
  setRaw(bytes: Buffer): void {
    this.#body = bytes;
    this.#etag = strongEtag(bytes);
    this.#raw = true;
  }

  setRetiredVersions(retired: Record<string, number[]>): void {
    this.#retired = retired;
  }

  /**
   * Version policy (documented in sandbox/README.md): a procedure's versions are
   * numbered 1, 2, 3…; the city accepts every version up to the current one in
   * the active catalog, because a kiosk that was offline during a catalog
   * update still holds forms filled under the older version (anchors (d) 8).
   * Versions newer than the city knows, or explicitly retired, are refused.
   */
  checkVersion(procedureId: string, version: number): VersionCheck {
    const procedure = this.#active.procedures.find((p) => p.id === procedureId);
    if (!procedure) return 'unknown_procedure';
    if (version > procedure.version || (this.#retired[procedureId] ?? []).includes(version)) {
      return 'unsupported_procedure_version';
    }
    return 'ok';
  }
}
