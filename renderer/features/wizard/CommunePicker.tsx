import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findCommuneByCode } from '../../../shared/admin-units/find-commune-by-code';
import { communeEnglishName, type HanoiCommune } from '../../../shared/admin-units/hanoi-commune';
import { searchCommunes } from '../../../shared/admin-units/search-communes';

/** Enough for every unit that took over part of one old district (§3.2 lists up to 10). */
const RESULT_LIMIT = 12;

interface Offer {
  unit: HanoiCommune;
  /** Why it is offered, shown under its name: the old district it covers part of, or "this kiosk's". */
  note?: string;
}

/**
 * Picks one of Hanoi's 126 post-2025 communes and wards. Typing any part of the name finds it,
 * with or without diacritics. An old district name ("Cầu Giấy" the quận) offers the units that took
 * over its area as suggestions: old → new is one to many, so the resident always chooses
 * (domain.md §3.1). The answer is the unit's 5-digit code.
 */
export function CommunePicker({
  id,
  legend,
  value,
  suggested,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  legend: string;
  value: string;
  /** The kiosk's own commune, offered before anything is typed. */
  suggested: string | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const matches = searchCommunes(query, RESULT_LIMIT);
  const offers: Offer[] = matches.map((match) =>
    match.reason === 'name'
      ? { unit: match.unit }
      : { unit: match.unit, note: t('wizard.commune.partOf', { district: match.district }) },
  );
  const add = (code: string | undefined, note?: string) => {
    const unit = code ? findCommuneByCode(code) : undefined;
    if (unit && !offers.some((offer) => offer.unit.code === unit.code))
      offers.unshift(note ? { unit, note } : { unit });
  };
  if (query.trim() === '') add(suggested, t('wizard.commune.here'));
  // The chosen unit stays on screen, whatever is typed next.
  add(value);
  const legacy = matches.some((match) => match.reason === 'legacy-district');
  const searchId = `${id}-search`;
  return (
    <fieldset className="commune-picker" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="text-field">
        <label htmlFor={searchId}>{t('wizard.commune.search')}</label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim() !== '' && matches.length === 0 && <p className="hint">{t('wizard.commune.noMatch')}</p>}
      {legacy && <p className="notice">{t('wizard.commune.legacyNote')}</p>}
      {offers.length > 0 && (
        <div
          className="choice-grid commune-results"
          role="radiogroup"
          aria-label={t('wizard.commune.results')}
        >
          {offers.map(({ unit, note }) => {
            const noteId = `${id}-${unit.code}-note`;
            return (
              <label
                key={unit.code}
                className={unit.code === value ? 'choice-option selected' : 'choice-option'}
              >
                <input
                  type="radio"
                  name={id}
                  value={unit.code}
                  checked={unit.code === value}
                  aria-label={unit.name}
                  aria-describedby={note ? noteId : undefined}
                  onChange={() => onChange(unit.code)}
                />
                <span className="commune-name">
                  <span>{unit.name}</span>
                  {i18n.language === 'en' && (
                    <span className="commune-ascii">{communeEnglishName(unit)}</span>
                  )}
                  {note && (
                    <span id={noteId} className="hint">
                      {note}
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
