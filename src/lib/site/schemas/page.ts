import { z } from 'astro/zod';
import { line } from './common.ts';

/** `content/pages/<id>.mdx`: programme text staff edit in MDX. */
export const pageSchema = z.strictObject({
  title: line.meta({ title: 'Title' }),
  description: line.meta({ title: 'Description', description: 'For search engines and link previews.' }),
  order: z
    .int({ error: 'expected a whole number' })
    .default(100)
    .meta({ title: 'Position in the menu', description: "Position in the programme section's navigation." }),
  fees: z
    .array(
      z.strictObject({
        item: line.meta({ title: 'What it is for', description: 'e.g. "Programme fee (six in-class weeks)".' }),
        amount: line.meta({ title: 'Amount', description: 'As it should read, e.g. "€4,900, VAT not included".' }),
      }),
      { error: 'expected a list of fees, each with item and amount' },
    )
    .optional()
    .meta({
      title: 'Fees (application page only)',
      itemTitle: 'Fee',
      description: 'What the programme costs. Shown on /apply/. Leave empty on other pages.',
    }),
  steps: z
    .array(
      z.strictObject({
        title: line.meta({ title: 'Step', description: 'A few words, e.g. "Send your application".' }),
        text: line.meta({ title: 'What to do', multiline: true }),
      }),
      { error: 'expected a list of steps, each with title and text' },
    )
    .optional()
    .meta({
      title: 'Application steps (application page only)',
      itemTitle: 'Step',
      description: 'From first contact to admission, shown on /apply/ in this order. Leave empty on other pages.',
    }),
});
export type Page = z.infer<typeof pageSchema>;
