// The one slug function: npm run check's file-name suggestion and calendar event UIDs use it.
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../src/lib/site/schemas/common.ts';
import { slugify } from '../../src/lib/site/slug.ts';

describe('slugify', () => {
  it.each([
    ['Jan Novák', 'jan-novak'],
    ['Ελένη Γεωργίου', 'eleni-georgiou'],
    ['Γιώργος Ευαγγέλου', 'giorgos-evangelou'],
    ['Цветелина Димитрова', 'tsvetelina-dimitrova'],
    ['Łukasz Żółć-Dvořák', 'lukasz-zolc-dvorak'],
    ["Marijke van 't Hoff", 'marijke-van-t-hoff'],
    ['Straße', 'strasse'],
    ['Dimitris_Test', 'dimitris-test'],
    ['  Kick-off & welcome! ', 'kick-off-welcome'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('is empty when nothing has a Latin spelling', () => {
    expect(slugify(' — … ')).toBe('');
  });
});
