import { z } from 'astro/zod';
import { line, plainDate, slug } from './common.ts';

/** A module's number. The CMS writes a number it picks as text ('3'); both spellings are read. */
const moduleNumber = z.preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value),
  z.int({ error: 'expected a module number' }),
);

/** `content/cohorts/<id>.yaml`: one intake with its six in-class weeks and deadlines. */
export const cohortSchema = z.strictObject({
  title: line.meta({ title: 'Title', description: 'e.g. "Cohort 2028".' }),
  weeks: z
    .array(
      z.strictObject({
        start: plainDate.meta({ title: 'First day' }),
        end: plainDate.meta({ title: 'Last day' }),
        venue: slug.meta({ title: 'Venue', references: 'venues' }),
        modules: z
          .array(moduleNumber, { error: 'expected a list of module numbers' })
          .meta({ title: 'Modules taught', references: 'modules' }),
      }),
      { error: 'expected a list of in-class weeks' },
    )
    .min(1, { error: 'expected at least one in-class week' })
    .meta({
      title: 'In-class weeks',
      itemTitle: 'In-class week',
      description: 'In date order; each names its venue and the modules taught.',
    }),
  fieldProject: z
    .strictObject(
      { start: plainDate.meta({ title: 'Start' }), end: plainDate.meta({ title: 'End' }) },
      { error: 'expected start and end dates' },
    )
    .meta({ title: 'Field project period', description: 'When teams work on their field project.' }),
  deadlines: z
    .array(
      z.strictObject({
        date: plainDate.meta({ title: 'Date' }),
        title: line.meta({ title: 'What is due' }),
        kind: z.enum(['application'], { error: 'expected "application", or no kind' }).optional().meta({
          title: 'Kind',
          description:
            'Mark the application deadline, shown on the Apply page, once per cohort; leave empty for the others.',
        }),
      }),
      { error: 'expected a list of deadlines' },
    )
    .default([])
    .meta({
      title: 'Deadlines',
      itemTitle: 'Deadline',
      description: 'The application deadline, final presentations and the like.',
    }),
});
export type Cohort = z.infer<typeof cohortSchema>;
