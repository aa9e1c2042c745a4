/** Dates here are plain calendar dates (`YYYY-MM-DD`), compared as strings and computed in UTC. */

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isPlainDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Intl formatters are costly to create (a build of 20,000 pages spent seconds on it): keep one per setting.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the code runs, e.g. `todayIn('Europe/Madrid')`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormatters.get(timeZone);
  // en-CA formats as YYYY-MM-DD.
  if (!format)
    dayFormatters.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  return format.format(now);
}

/** Today's date where the reader is: the browser's own time zone. */
export function readerToday(): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Same day and month `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** Seconds since the epoch at 00:00 UTC of the date (the token's `nbf`). */
export function toEpochSeconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

export function fromEpochSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

const longFormatters = new Map<string, Intl.DateTimeFormat>();

/** The day-month-year formatter of a locale, one per locale for the whole build. */
function longFormat(locale: string): Intl.DateTimeFormat {
  let format = longFormatters.get(locale);
  if (!format)
    longFormatters.set(
      locale,
      (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })),
    );
  return format;
}

/** "15 March 2027" */
export function formatDate(date: string, locale = 'en-GB'): string {
  return joinDateParts(longFormat(locale).formatToParts(new Date(`${date}T00:00:00Z`)), locale);
}

/** "8–12 February 2027", "28 June – 2 July 2027", or one date when start and end agree. */
export function formatDateRange(start: string, end: string, locale = 'en-GB'): string {
  const from = new Date(`${start}T00:00:00Z`);
  if (start === end) return joinDateParts(longFormat(locale).formatToParts(from), locale);
  return joinDateParts(longFormat(locale).formatRangeToParts(from, new Date(`${end}T00:00:00Z`)), locale);
}

/**
 * A formatted date's parts as text; French writes the first day of a month as an ordinal,
 * "1er mars 2027", which Intl does not.
 */
function joinDateParts(parts: Intl.DateTimeFormatPart[], locale: string): string {
  const ordinalFirst = locale.startsWith('fr');
  return parts.map((part) => (ordinalFirst && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}
