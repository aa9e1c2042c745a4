// Astro renders the Markdown bodies; the data model itself comes from src/data.ts (checked by src/lib).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './lib/content/config.ts';
import { readCollection } from './lib/content/files.ts';
import {
  moduleSchema,
  moduleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  trainerSchema,
} from './lib/schemas/index.ts';
import { escapeRawHtml, keepSafeLinks } from './lib/untrusted-markdown.ts';

const base = contentDir();

/**
 * Trainer files come from many hands: their bios are rendered with raw HTML shown as text and
 * only safe link addresses. Files are read by the checker's own reader, so both see the same data.
 */
const trainerLoader: Loader = {
  name: 'trainer-files',
  async load({ store, parseData, renderMarkdown, generateDigest }) {
    store.clear();
    for (const file of readCollection(base, 'trainers', /\.md$/)) {
      if ('message' in file) continue; // `npm run check` reports it, and the build stops there first
      const data = await parseData({ id: file.id, data: file.data as Record<string, unknown> });
      const body = escapeRawHtml(file.body);
      const rendered = await renderMarkdown(body);
      store.set({
        id: file.id,
        data,
        body,
        digest: generateDigest(JSON.stringify(file.data) + body),
        rendered: { ...rendered, html: keepSafeLinks(rendered.html) },
      });
    }
  },
};

/** English files, and their translations (`overview.fr.mdx`, with the ID `overview.fr`). */
const english = (folder: string) =>
  glob({ base: `${base}/${folder}`, pattern: ['[^_]*.{md,mdx}', '!*.{fr,es}.{md,mdx}'] });
const translations = (folder: string) =>
  glob({
    base: `${base}/${folder}`,
    pattern: '[^_]*.{fr,es}.{md,mdx}',
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });

export const collections = {
  pages: defineCollection({ loader: english('pages'), schema: pageSchema }),
  pageTranslations: defineCollection({ loader: translations('pages'), schema: pageTranslationSchema }),
  modules: defineCollection({ loader: english('modules'), schema: moduleSchema }),
  moduleTranslations: defineCollection({ loader: translations('modules'), schema: moduleTranslationSchema }),
  trainers: defineCollection({ loader: trainerLoader, schema: trainerSchema }),
};
