// Astro renders the Markdown bodies; the data model itself comes from src/data.ts (checked by src/lib).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content/config.ts';
import { moduleSchema, pageSchema, trainerSchema } from './lib/schemas/index.ts';

const base = contentDir();

export const collections = {
  pages: defineCollection({ loader: glob({ base: `${base}/pages`, pattern: '[^_]*.{md,mdx}' }), schema: pageSchema }),
  modules: defineCollection({ loader: glob({ base: `${base}/modules`, pattern: '[^_]*.md' }), schema: moduleSchema }),
  trainers: defineCollection({
    loader: glob({ base: `${base}/trainers`, pattern: '[^_]*.md' }),
    schema: trainerSchema,
  }),
};
