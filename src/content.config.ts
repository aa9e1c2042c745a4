// Astro renders the Markdown bodies; the data model itself comes from src/data.ts (checked by src/lib).
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content/config.ts';
import { readCollection } from './lib/content/files.ts';
import { logoFile, PAGE_IMAGES, pageImageFile, trainerPhotos } from './lib/content/images.ts';
import { moduleSchema, pageSchema, trainerSchema } from './lib/schemas/index.ts';
import { escapeRawHtml, keepSafeLinks } from './lib/untrusted-markdown.ts';

const base = contentDir();

/**
 * Trainer files come from many hands: their bios are rendered with raw HTML shown as text and
 * only safe link addresses. Files are read by the checker's own reader, so both see the same data.
 * A listed trainer's photo beside the file (`<id>.jpg`) becomes `photo`, resolved by the schema's
 * `image()` so that astro:assets can resize it; an unlisted trainer's photo is never published.
 */
const trainerLoader: Loader = {
  name: 'trainer-files',
  async load({ store, parseData, renderMarkdown, generateDigest, config }) {
    store.clear();
    const photos = trainerPhotos(base);
    for (const file of readCollection(base, 'trainers', /\.md$/)) {
      if ('message' in file) continue; // `npm run check` reports it, and the build stops there first
      const raw = file.data as Record<string, unknown>;
      const photo = raw.listed !== false ? photos.get(file.id) : undefined;
      // Paths relative to the project, as Astro wants them, even when CONTENT_DIR is elsewhere.
      const filePath = relative(fileURLToPath(config.root), join(base, 'trainers', `${file.id}.md`));
      const data = await parseData({ id: file.id, data: photo ? { ...raw, photo: `./${photo}` } : raw, filePath });
      const body = escapeRawHtml(file.body);
      const rendered = await renderMarkdown(body);
      store.set({
        id: file.id,
        data,
        body,
        filePath,
        digest: generateDigest(JSON.stringify(file.data) + body + (photo ?? '')),
        rendered: { ...rendered, html: keepSafeLinks(rendered.html) },
      });
    }
  },
};

/** The logo (`content/logo.*`) and the page pictures (`content/images/home.*`, …), where present. */
const pictureLoader: Loader = {
  name: 'site-pictures',
  async load({ store, parseData, config }) {
    store.clear();
    const files = { logo: logoFile(base), ...Object.fromEntries(PAGE_IMAGES.map((n) => [n, pageImageFile(base, n)])) };
    const filePath = relative(fileURLToPath(config.root), join(base, 'settings.yaml'));
    for (const [id, file] of Object.entries(files)) {
      if (!file) continue;
      store.set({ id, data: await parseData({ id, data: { src: `./${file}` }, filePath }), filePath });
    }
  },
};

export const collections = {
  pages: defineCollection({ loader: glob({ base: `${base}/pages`, pattern: '[^_]*.{md,mdx}' }), schema: pageSchema }),
  modules: defineCollection({ loader: glob({ base: `${base}/modules`, pattern: '[^_]*.md' }), schema: moduleSchema }),
  trainers: defineCollection({
    loader: trainerLoader,
    schema: ({ image }) => trainerSchema.extend({ photo: image().optional() }),
  }),
  pictures: defineCollection({ loader: pictureLoader, schema: ({ image }) => z.object({ src: image() }) }),
};
