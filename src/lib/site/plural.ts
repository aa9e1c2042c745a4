/** The words for a count in each plural category a language uses (English: one, other). */
export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form that goes with `count`, by the language's plural rules (French says "1 formateur" but
 * also "0 formateur"), so a counter never reads "1 trainers shown".
 *
 * @example plural(1, { one: 'trainer shown', other: 'trainers shown' }) // 'trainer shown'
 */
export function plural(count: number, forms: PluralForms, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count) === 'one' ? forms.one : forms.other;
}
