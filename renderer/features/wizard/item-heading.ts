import type { TFunction } from 'i18next';
import type { Repeat } from '../../../shared/procedures/form-schema';
import { pickLocalized } from '../../../shared/i18n/localized-text';

/** "Thành viên thứ 2" / "Member 2": the heading of one item of a repeatable section. */
export function itemHeading(t: TFunction, repeat: Repeat, item: number, locale: string): string {
  return t('wizard.repeat.itemHeading', { item: pickLocalized(repeat.itemLabel, locale), number: item });
}

/** The item label inside a sentence ("Thêm thành viên"): it is a common noun, so lower case. */
export function itemNoun(repeat: Repeat, locale: string): string {
  const label = pickLocalized(repeat.itemLabel, locale);
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}
