import { describe, expect, it } from 'vitest';
import { addYears, formatDate, formatDateRange, isPlainDate, todayIn } from '../../src/lib/site/dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isPlainDate('2027-03-15')).toBe(true);
    expect(isPlainDate('2027-02-29')).toBe(false);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('15/03/2027')).toBe(false);
  });

  it('adds years, turning 29 February into 28 February in a common year', () => {
    expect(addYears('2027-03-15', 3)).toBe('2030-03-15');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
  });

  it("tells today's date in a time zone", () => {
    const lateEvening = new Date('2027-03-15T23:30:00Z');
    expect(todayIn('Europe/Madrid', lateEvening)).toBe('2027-03-16');
    expect(todayIn('UTC', lateEvening)).toBe('2027-03-15');
  });

  it('writes the first of a month as French writes it, "1er", in single dates and ranges', () => {
    expect(formatDate('2027-03-01', 'fr-FR')).toBe('1er mars 2027');
    expect(formatDate('2027-03-11', 'fr-FR')).toBe('11 mars 2027');
    expect(formatDateRange('2027-03-01', '2027-03-05', 'fr-FR')).toMatch(/^1er–5 mars 2027$/);
    expect(formatDateRange('2027-02-26', '2027-03-01', 'fr-FR')).toMatch(/^26 février\s–\s1er mars 2027$/u);
    expect(formatDate('2027-03-01', 'en-GB')).toBe('1 March 2027');
    expect(formatDate('2027-03-01', 'es-ES')).toBe('1 de marzo de 2027');
  });
});

describe('formatDateRange', () => {
  it('writes a range the short way when month and year agree', () => {
    expect(formatDateRange('2027-02-08', '2027-02-12')).toMatch(/^8\s?–\s?12 February 2027$/);
    expect(formatDateRange('2027-05-31', '2027-06-04')).toMatch(/^31 May\s?–\s?4 June 2027$/);
    expect(formatDateRange('2027-01-11', '2027-01-11')).toBe('11 January 2027');
  });
});
