import { z } from 'astro/zod';
import { certificationKind, line } from './common.ts';

/** `content/certifications/<kind>.yaml`: one of the two certifications. */
export const certificationSchema = z.strictObject({
  kind: certificationKind,
  /** Full title as printed on the certificate. */
  title: line,
  /** One sentence for cards and the registry. */
  summary: line,
  /** What earns it. */
  awardedFor: line,
  /** Years a delivered training programme keeps it valid; absent when it never lapses. */
  renewEveryYears: z.int({ error: 'expected a whole number of years' }).positive().optional(),
  /** How validity works, in words for the certificate and the registry. */
  validityRule: line,
});
export type Certification = z.infer<typeof certificationSchema>;
