import { z } from 'astro/zod';
import { line, plainDate, slug } from './common.ts';

const period = { start: plainDate, end: plainDate };

/** A module's number. The CMS writes a number it picks as text ('3'); both spellings are read. */
const moduleNumber = z.preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value),
  z.int({ error: 'expected a module number' }),
);

/** `content/cohorts/<id>.yaml`: one intake with its six in-class weeks and deadlines. */
export const cohortSchema = z.strictObject({
  /** e.g. "Cohort 2027". */
  title: line,
  /** In-class weeks in date order; each names its venue file and the module numbers taught. */
  weeks: z
    .array(
      z.strictObject({
        ...period,
        venue: slug,
        modules: z.array(moduleNumber, { error: 'expected a list of module numbers' }),
      }),
      { error: 'expected a list of in-class weeks' },
    )
    .min(1, { error: 'expected at least one in-class week' }),
  /** When teams work on their field project. */
  fieldProject: z.strictObject(period, { error: 'expected start and end dates' }),
  /** Application deadline, final presentations and the like. */
  deadlines: z
    .array(
      z.strictObject({
        date: plainDate,
        title: line,
        /** `application` marks the application deadline, shown on the Apply page (one per cohort). */
        kind: z.enum(['application'], { error: 'expected "application", or no kind' }).optional(),
      }),
      { error: 'expected a list of deadlines' },
    )
    .default([]),
});
export type Cohort = z.infer<typeof cohortSchema>;
