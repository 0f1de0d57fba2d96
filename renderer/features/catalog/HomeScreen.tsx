import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { LifeEventIcon } from './LifeEventIcon';
import { searchProcedures } from './search-procedures';

/** Find a procedure: life-event tiles, or search that ignores diacritics and case. */
export function HomeScreen({
  catalog,
  lifeEvent,
  query,
  onQuery,
  onLifeEvent,
  onOpen,
  onBack,
  onStatusLookup,
  status,
}: {
  catalog: Catalog;
  lifeEvent: string | null;
  query: string;
  onQuery: (query: string) => void;
  onLifeEvent: (id: string | null) => void;
  onOpen: (procedureId: string) => void;
  onBack: () => void;
  /** Opens "Tra cứu hồ sơ": where an application already submitted stands, by its receipt code. */
  onStatusLookup: () => void;
  /** The queue and connection summary, shown under the tiles. */
  status?: ReactNode;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const event = catalog.lifeEvents.find((e) => e.id === lifeEvent);
  const listed = event
    ? catalog.procedures.filter((p) => p.lifeEvents.includes(event.id))
    : searchProcedures(catalog.procedures, query);

  return (
    <Screen title={event ? localized(event.name) : t('home.title')} onBack={onBack}>
      {!event && (
        <div className="search">
          <label htmlFor="procedure-search">{t('home.searchLabel')}</label>
          <input
            id="procedure-search"
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('home.searchPlaceholder')}
            onChange={(e) => onQuery(e.target.value)}
          />
        </div>
      )}
      {(event || query.trim() !== '') && (
        <section aria-label={t('home.results')}>
          {listed.length === 0 ? (
            <p className="notice">{event ? t('home.noneInEvent') : t('home.noResults')}</p>
          ) : (
            <ul className="procedure-list">
              {listed.map((p) => (
                <li key={p.id}>
                  <Button variant="tile" onClick={() => onOpen(p.id)}>
                    {localized(p.name)}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {!event && query.trim() === '' && (
        <section aria-label={t('home.lifeEvents')}>
          <ul className="tiles">
            {catalog.lifeEvents.map((e) => {
              const count = catalog.procedures.filter((p) => p.lifeEvents.includes(e.id)).length;
              return (
                <li key={e.id}>
                  <Button variant="tile" onClick={() => onLifeEvent(e.id)}>
                    <LifeEventIcon icon={e.icon} />
                    <span className="tile-name">{localized(e.name)}</span>
                    <span className="tile-count">{t('home.procedureCount', { count })}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {!event && (
        <section aria-label={t('home.statusLookup')} className="home-lookup">
          <Button variant="tile" onClick={onStatusLookup}>
            <span className="tile-name">{t('home.statusLookup')}</span>
            <span className="tile-count">{t('home.statusLookupHint')}</span>
          </Button>
        </section>
      )}
      {status}
    </Screen>
  );
}
