import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../shared/procedures/form-schema';
import { answerPath, type RepeatedSection } from '../../../shared/procedures/form-steps';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import { Button } from '../../ui/Button';
import { formatAnswer } from './format-answer';
import { itemHeading, itemNoun } from './item-heading';
import { effectiveAnswer } from './question-options';
import './wizard.css';

/**
 * The screen that closes a repeatable section: the items given so far, each with a remove button
 * (asked twice, since it throws answers away), and "add" while there is room.
 */
export function RepeatItemsStep({
  section,
  count,
  answers,
  catalog,
  onAdd,
  onRemove,
}: {
  section: RepeatedSection;
  count: number;
  answers: Answers;
  catalog: Catalog;
  onAdd: () => void;
  onRemove: (item: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [confirming, setConfirming] = useState<number | null>(null);
  const { repeat } = section;
  const noun = itemNoun(repeat, locale);
  const items = Array.from({ length: count }, (_, i) => i + 1);
  // The first question (usually a name) tells the items apart.
  const first = section.questions[0];
  const summary = (item: number) =>
    first
      ? formatAnswer(
          first,
          effectiveAnswer(first, answers[answerPath(section.id, first.id, item)]),
          catalog,
          locale,
        )
      : '';
  return (
    <div className="repeat-step">
      <p className="lead">
        {count === 0 ? t('wizard.repeat.none', { item: noun }) : t('wizard.repeat.review', { item: noun })}
      </p>
      {count > 0 && (
        <ul className="repeat-items">
          {items.map((item) => {
            const heading = itemHeading(t, repeat, item, locale);
            return (
              <li key={item} className="repeat-item">
                <span className="repeat-item-name">
                  <strong>{heading}</strong>
                  <span>{summary(item) || t('wizard.repeat.notGiven')}</span>
                </span>
                {count > repeat.min &&
                  (confirming === item ? (
                    <span
                      className="repeat-confirm"
                      role="group"
                      aria-label={t('wizard.repeat.confirm', { item: heading })}
                    >
                      <span>{t('wizard.repeat.confirm', { item: heading })}</span>
                      <Button
                        variant="secondary"
                        onClick={() => {
                          setConfirming(null);
                          onRemove(item);
                        }}
                      >
                        {t('wizard.repeat.confirmYes')}
                      </Button>
                      <Button variant="secondary" onClick={() => setConfirming(null)}>
                        {t('wizard.repeat.confirmNo')}
                      </Button>
                    </span>
                  ) : (
                    <Button
                      variant="secondary"
                      aria-label={t('wizard.repeat.removeNamed', { item: heading })}
                      onClick={() => setConfirming(item)}
                    >
                      {t('wizard.repeat.remove')}
                    </Button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {count < repeat.max ? (
        <Button variant="secondary" className="repeat-add" onClick={onAdd}>
          {count === 0
            ? t('wizard.repeat.addFirst', { item: noun })
            : t('wizard.repeat.addAnother', { item: noun })}
        </Button>
      ) : (
        <p className="hint">{t('wizard.repeat.full', { max: repeat.max, item: noun })}</p>
      )}
      {repeat.min > 0 && (
        <p className="hint">{t('wizard.repeat.atLeast', { min: repeat.min, item: noun })}</p>
      )}
    </div>
  );
}
