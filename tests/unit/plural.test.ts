// Counters read "1 trainer shown", "0 trainers shown" in English, by the language's plural rules.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { fr } from '../../src/i18n/fr.ts';
import { plural } from '../../src/lib/site/plural.ts';

describe('plural', () => {
  it.each([
    [0, 'trainers shown'],
    [1, 'trainer shown'],
    [2, 'trainers shown'],
    [1000, 'trainers shown'],
  ])('%i → %s', (count, words) => {
    expect(plural(count, en.site.trainers.count)).toBe(words);
  });

  it('follows the language: French counts 0 as singular', () => {
    expect(plural(0, { one: 'formateur', other: 'formateurs' }, 'fr')).toBe('formateur');
    expect(plural(0, { one: 'trainer', other: 'trainers' }, 'en')).toBe('trainers');
  });

  it.each([
    [fr, 0, 'one'],
    [fr, 1, 'one'],
    [fr, 2, 'other'],
    [es, 0, 'other'],
    [es, 1, 'one'],
    [es, 2, 'other'],
  ] as const)('counters in French and Spanish use the right form (case %#)', (texts, count, form) => {
    for (const forms of [
      texts.site.trainers.count,
      texts.certificates.registry.count,
      texts.site.trainers.participants,
    ])
      expect(plural(count, forms, texts.locale)).toBe(forms[form]);
    expect(texts.site.trainers.count.one).not.toBe(texts.site.trainers.count.other);
  });
});
