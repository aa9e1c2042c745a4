import { addYears } from '../site/dates.ts';
import type { Certification, CertificationKind, Trainer } from '../site/schemas/index.ts';

/** What a certificate is today. `forged`, `unknown` and `malformed` are verdicts on a token, not statuses. */
export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export interface StatusFacts {
  kind: CertificationKind;
  awarded: string;
  revoked?: { date: string; reason: string } | undefined;
  /** Last day of validity, for certifications that lapse (instructor). */
  validUntil?: string | undefined;
}

/**
 * Last day an instructor certification is valid: `renewEveryYears` after the latest of the award
 * and every later delivered programme. A delivery before the award does not count.
 */
export function instructorValidUntil(
  awarded: string,
  deliveries: readonly { date: string }[],
  renewEveryYears = 3,
): string {
  const latest = deliveries.map((d) => d.date).reduce((a, b) => (b > a ? b : a), awarded);
  return addYears(latest, renewEveryYears);
}

/** The facts that decide a trainer's certification status, from their file and the certification's rule. */
export function statusFacts(
  trainer: Pick<Trainer, 'certifications' | 'deliveries'>,
  kind: CertificationKind,
  certification: Pick<Certification, 'renewEveryYears'>,
): StatusFacts | undefined {
  const cert = trainer.certifications.find((c) => c.kind === kind);
  if (!cert) return undefined;
  const validUntil = certification.renewEveryYears
    ? instructorValidUntil(cert.awarded, trainer.deliveries, certification.renewEveryYears)
    : undefined;
  return { kind, awarded: cert.awarded, revoked: cert.revoked, validUntil };
}

/** Status on `today` (YYYY-MM-DD): revoked from the revocation date on, expired after `validUntil`. */
export function certificateStatus(facts: StatusFacts, today: string): CertificateStatus {
  if (facts.revoked && facts.revoked.date <= today) return 'revoked';
  if (facts.validUntil && today > facts.validUntil) return 'expired';
  return 'valid';
}
