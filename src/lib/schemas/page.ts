import { z } from 'astro/zod';
import { line } from './common.ts';

/** `content/pages/<id>.mdx`: programme text staff edit in MDX. */
export const pageSchema = z.strictObject({
  title: line,
  /** Meta description for search engines and link previews. */
  description: line,
  /** Position in the programme section's navigation. */
  order: z.int({ error: 'expected a whole number' }).default(100),
});
export type Page = z.infer<typeof pageSchema>;
