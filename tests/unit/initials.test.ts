// Initials stand in for a missing photo: two letters in the name's own script, the same on every page.
import { describe, expect, it } from 'vitest';
import { initials, initialsTone } from '../../src/lib/site/initials.ts';

describe('initials', () => {
  it.each([
    ['Ana López', 'AL'],
    ['Ελένη Γεωργίου', 'ΕΓ'],
    ['Цветелина Димитрова', 'ЦД'],
    ['Георги Петков', 'ГП'],
    ["Marijke van 't Hoff", 'MH'],
    ['Aoife Ní Bhriain', 'AB'],
    ['Anaïs Lefèbvre-Caron', 'AL'],
    ['Đorđe Kovačević', 'ĐK'],
    ['Mette Ærbøl', 'MÆ'],
    ['Prince', 'P'],
    ['  Jan   Novák  ', 'JN'],
    ['بشرى العلوي', 'با'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('keeps an accent written as a combining mark with its letter', () => {
    expect(initials('E\u0301lodie Vandenbroucke')).toBe('ÉV');
  });

  it('gives a name the same tint every time, one of four', () => {
    expect(initialsTone('Ελένη Γεωργίου')).toBe(initialsTone('Ελένη Γεωργίου'));
    const tones = new Set(
      ['Ana López', 'Jan Novák', 'Ελένη Γεωργίου', 'Георги Петков', 'Lina Khoury', 'Mette Ærbøl'].map(initialsTone),
    );
    expect([...tones].every((tone) => tone >= 0 && tone < 4)).toBe(true);
    expect(tones.size).toBeGreaterThan(1);
  });
});
