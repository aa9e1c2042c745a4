import { isPlainDate, todayIn } from './dates.ts';

/**
 * The date statuses and "upcoming" are computed for at build time: `BUILD_DATE` (YYYY-MM-DD) when
 * set, so a build can be reproduced byte for byte later, else today in the programme's time zone.
 *
 * @example buildDate('Europe/Madrid') // '2026-11-27'
 */
export function buildDate(timeZone: string, env: Record<string, string | undefined> = process.env): string {
  const fixed = env.BUILD_DATE;
  if (fixed !== undefined && fixed !== '') {
    if (!isPlainDate(fixed)) throw new Error(`BUILD_DATE: expected a date like 2027-03-15; found "${fixed}"`);
    return fixed;
  }
  return todayIn(timeZone);
}
