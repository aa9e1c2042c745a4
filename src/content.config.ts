// Astro renders the Markdown bodies; the data model itself comes from src/data.ts (checked by src/lib).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/site/content/config.ts';
import { readCollection, readContentFile } from './lib/site/content/files.ts';
import { logoFile, pageImageFile, SITE_IMAGES, trainerPhotos } from './lib/site/content/images.ts';
import {
  moduleSchema,
  moduleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  trainerSchema,
} from './lib/site/schemas/index.ts';
import { escapeRawHtml, keepSafeLinks } from './lib/site/untrusted-markdown.ts';

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

/**
 * The pictures in content/, each resolved by the schema's `image()` so that astro:assets can resize
 * it wherever CONTENT_DIR is: `logo`, the pictures (`home`, `programme`, `preview`) and listed
 * trainers' photos (`trainers/<id>`). Only files that exist are read: a trainer without a photo costs nothing.
 */
const pictureLoader: Loader = {
  name: 'content-pictures',
  async load({ store, parseData, config }) {
    store.clear();
    const pictures = new Map<string, string>();
    const logo = logoFile(base);
    if (logo) pictures.set('logo', logo);
    for (const name of SITE_IMAGES) {
      const file = pageImageFile(base, name);
      if (file) pictures.set(name, file);
    }
    for (const [id, file] of trainerPhotos(base)) {
      // An unlisted trainer's photo is never handed to the site at all.
      if (!existsSync(join(base, 'trainers', `${id}.md`))) continue; // npm run check reports it
      const trainer = readContentFile(join(base, 'trainers'), 'trainers', `${id}.md`);
      if ('data' in trainer && (trainer.data as { listed?: unknown }).listed !== false)
        pictures.set(`trainers/${id}`, `trainers/${file}`);
    }
    // Relative to the project, as Astro wants it, even when CONTENT_DIR is elsewhere.
    const filePath = relative(fileURLToPath(config.root), join(base, 'settings.yaml'));
    for (const [id, file] of pictures)
      store.set({ id, data: await parseData({ id, data: { src: `./${file}` }, filePath }), filePath });
  },
};

export const collections = {
  pages: defineCollection({ loader: english('pages'), schema: pageSchema }),
  pageTranslations: defineCollection({ loader: translations('pages'), schema: pageTranslationSchema }),
  modules: defineCollection({ loader: english('modules'), schema: moduleSchema }),
  moduleTranslations: defineCollection({ loader: translations('modules'), schema: moduleTranslationSchema }),
  trainers: defineCollection({ loader: trainerLoader, schema: trainerSchema }),
  pictures: defineCollection({ loader: pictureLoader, schema: ({ image }) => z.object({ src: image() }) }),
};
