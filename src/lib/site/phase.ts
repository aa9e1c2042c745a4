/** Upcoming, current or past: decided at build time and again in the browser with the reader's date. */

/** Where an item stands relative to today. */
export type Phase = 'upcoming' | 'current' | 'past';

/** `past` once the last day is over, `current` from the first day to the last, `upcoming` before. */
export function phaseOf(period: { start: string; end: string }, today: string): Phase {
  if (today > period.end) return 'past';
  if (today >= period.start) return 'current';
  return 'upcoming';
}
