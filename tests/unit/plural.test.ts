// Counters read "1 trainer shown", "0 trainers shown" in English, by the language's plural rules.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { plural } from '../../src/lib/plural.ts';

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
});
