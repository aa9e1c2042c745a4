import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/site/today.ts';

describe('buildDate', () => {
  it('uses BUILD_DATE when set, so a build can be reproduced', () => {
    expect(buildDate('Europe/Madrid', { BUILD_DATE: '2027-03-15' })).toBe('2027-03-15');
  });

  it('rejects a BUILD_DATE that is not a date', () => {
    expect(() => buildDate('Europe/Madrid', { BUILD_DATE: '2027-02-30' })).toThrow(/BUILD_DATE/);
  });

  it("falls back to today's date in the programme's time zone", () => {
    expect(buildDate('Europe/Madrid', {})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
