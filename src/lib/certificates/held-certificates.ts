import type { SiteContent } from '../site/content/check.ts';
import { latestLedgerEntries } from './registry.ts';
import { certificateStatus, statusFacts, type CertificateStatus } from './status.ts';

/** One issued certificate as staff look it up: which trainer file holds it and where it stands. */
export interface HeldCertificate {
  id: string;
  /** Trainer file name, e.g. `eleni-georgiou`. */
  trainer: string;
  kind: string;
  awarded: string;
  status: CertificateStatus;
  /** Last valid day, for certifications that lapse. */
  validUntil?: string | undefined;
}

/**
 * Every issued certificate (the newest ledger line per ID), sorted by trainer then ID, with its
 * status on `today`; only `trainer`'s when given.
 *
 * @example heldCertificates(content, '2027-03-15', 'eleni-georgiou')
 */
export function heldCertificates(content: SiteContent, today: string, trainer?: string): HeldCertificate[] {
  const trainers = new Map(content.trainers.map((t) => [t.id, t]));
  const certifications = new Map(content.certifications.map((c) => [c.kind, c]));
  const held: HeldCertificate[] = [];
  for (const entry of latestLedgerEntries(content.ledger).values()) {
    if (trainer !== undefined && entry.trainer !== trainer) continue;
    const holder = trainers.get(entry.trainer);
    const certification = certifications.get(entry.cert);
    const facts = holder && certification ? statusFacts(holder, entry.cert, certification) : undefined;
    if (!facts) continue; // `npm run check` refuses a ledger whose trainer or certification is gone
    const { id, cert: kind } = entry;
    held.push({
      id,
      trainer: entry.trainer,
      kind,
      awarded: facts.awarded,
      status: certificateStatus(facts, today),
      validUntil: facts.validUntil,
    });
  }
  return held.sort((a, b) => a.trainer.localeCompare(b.trainer) || a.id.localeCompare(b.id));
}
