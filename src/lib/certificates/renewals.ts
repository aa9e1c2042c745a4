import type { SiteContent } from '../site/content/check.ts';
import { addDays } from '../site/dates.ts';
import { heldCertificates } from './held-certificates.ts';

/** A certificate that lapses soon, as staff follow it up. */
export interface Lapse {
  id: string;
  /** Trainer file name, e.g. `eleni-georgiou`. */
  trainer: string;
  /** The holder's name, as in their file. */
  name: string;
  /** The latest programme the holder delivered, if any: the date a renewal counts from. */
  lastDelivery: string | undefined;
  /** Last valid day. */
  validUntil: string;
}

/**
 * The issued certificates that are valid on `today` and lapse within `days` days (their last
 * valid day is at most `today + days`), soonest first: the instructors to remind of the
 * one-delivery-every-three-years rule. Revoked ones are not followed up.
 *
 * @example lapsingCertificates(content, '2028-01-01', 90)
 */
export function lapsingCertificates(content: SiteContent, today: string, days: number): Lapse[] {
  const trainers = new Map(content.trainers.map((t) => [t.id, t]));
  const until = addDays(today, days);
  return heldCertificates(content, today)
    .filter((c) => c.status === 'valid' && c.validUntil !== undefined && c.validUntil <= until)
    .filter((c) => !trainers.get(c.trainer)?.certifications.find((held) => held.kind === c.kind)?.revoked)
    .map((c) => {
      const trainer = trainers.get(c.trainer)!;
      const lastDelivery = trainer.deliveries
        .map((d) => d.date)
        .sort()
        .at(-1);
      return { id: c.id, trainer: c.trainer, name: trainer.name, lastDelivery, validUntil: c.validUntil! };
    })
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.name.localeCompare(b.name));
}

/** Lapses grouped by their last valid day, soonest first: one calendar event each. */
export function lapsesByDate(lapses: readonly Lapse[]): [date: string, lapses: Lapse[]][] {
  const byDate = new Map<string, Lapse[]>();
  for (const lapse of lapses) byDate.set(lapse.validUntil, [...(byDate.get(lapse.validUntil) ?? []), lapse]);
  return [...byDate].sort(([a], [b]) => a.localeCompare(b));
}
