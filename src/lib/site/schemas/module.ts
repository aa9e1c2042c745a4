import { z } from 'astro/zod';
import { line } from './common.ts';

/** `content/modules/<nn>-<name>.md`: one of the ten modules; the Markdown body describes it. */
export const moduleSchema = z.strictObject({
  number: z
    .int({ error: 'expected a whole number from 1 to 10' })
    .min(1)
    .max(10)
    .meta({ title: 'Number', description: '1 to 10, the order in the programme.' }),
  title: line.meta({ title: 'Title' }),
  summary: line.meta({ title: 'Summary', description: 'One or two sentences for the module index.' }),
  outcomes: z
    .array(line, { error: 'expected a list of learning outcomes' })
    .min(1, { error: 'expected at least one learning outcome' })
    .meta({
      title: 'Learning outcomes',
      itemTitle: 'Outcome',
      description: 'What a participant can do after the module.',
    }),
});
export type Module = z.infer<typeof moduleSchema>;
