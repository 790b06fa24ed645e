/**
 * Plurals as each language has them (Intl.PluralRules, the CLDR categories): English says
 * "1 result" and "2 results"; Chinese has one form for every number. A dictionary gives a
 * string's forms as `key` (the `other` form, which every language has) and `key#one`,
 * `key#few` … for the categories its language distinguishes. Used by t() and by browser code.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `forms` for `count` in the language `tag`.
 * @example pickPlural({ one: '{count} result', other: '{count} results' }, 1, 'en-GB') // '{count} result'
 */
export function pickPlural(forms: PluralForms, count: number, tag: string): string {
  let rule = rules.get(tag);
  if (!rule) {
    rule = new Intl.PluralRules(tag);
    rules.set(tag, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
