import { z } from 'astro/zod';
import { line } from './common.ts';

/** `content/modules/<nn>-<name>.md`: one of the ten modules; the Markdown body describes it. */
export const moduleSchema = z.strictObject({
  /** 1 to 10, the order in the programme. */
  number: z.int({ error: 'expected a whole number from 1 to 10' }).min(1).max(10),
  title: line,
  /** One or two sentences for the module index. */
  summary: line,
  /** What a participant can do after the module. */
  outcomes: z
    .array(line, { error: 'expected a list of learning outcomes' })
    .min(1, { error: 'expected at least one learning outcome' }),
});
export type Module = z.infer<typeof moduleSchema>;
