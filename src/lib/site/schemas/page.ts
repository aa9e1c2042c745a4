import { z } from 'astro/zod';
import { line } from './common.ts';

/** `content/pages/<id>.mdx`: programme text staff edit in MDX. */
export const pageSchema = z.strictObject({
  title: line,
  /** Meta description for search engines and link previews. */
  description: line,
  /** Position in the programme section's navigation. */
  order: z.int({ error: 'expected a whole number' }).default(100),
  /** Application page only: what the programme costs, e.g. "Programme fee" and "€4,900". */
  fees: z
    .array(z.strictObject({ item: line, amount: line }), {
      error: 'expected a list of fees, each with item and amount',
    })
    .optional(),
  /** Application page only: the steps from first contact to admission, each with a short title and a sentence or two. */
  steps: z
    .array(z.strictObject({ title: line, text: line }), { error: 'expected a list of steps, each with title and text' })
    .optional(),
});
export type Page = z.infer<typeof pageSchema>;
