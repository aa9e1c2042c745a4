// Post-build step: every rendered page, written out in each language (English at /, French at /fr/,
// Spanish at /es/) by filling in its markers (see src/i18n/markers.ts), and the sitemap listing
// them all. @astrojs/sitemap only knows the pages Astro rendered, which are the English ones.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n/index.ts';
import { fillPage, localePath } from '../i18n/markers.ts';

/** A share of the built pages, each read once and written in every language. */
export interface Share {
  root: string;
  pages: string[];
  site: string;
}

export function writeLanguages({ root, pages, site }: Share): void {
  for (const page of pages) {
    const copies = fillPage(readFileSync(join(root, page), 'utf8'), site);
    for (const lang of LANGS) {
      const file = join(root, localePath(lang, `/${page}`));
      if (lang !== 'en') mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, copies[lang]);
    }
  }
}

/** Sitemap files hold at most 50,000 addresses; stay under it as @astrojs/sitemap does. */
const SITEMAP_ENTRIES = 45_000;

function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `<url><loc>${url}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>`;
}

export default function languages(): AstroIntegration {
  let site = '';
  return {
    name: 'ttt-languages',
    hooks: {
      // Pages of a build are rendered with markers (src/i18n/page.ts); `astro dev` shows English.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { define: { 'import.meta.env.MARK_LANGUAGES': 'true' } } });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter(
            (entry) =>
              entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.startsWith(join(root, 'admin')),
          )
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .sort();
        // Every core fills its share of the pages: this thread one, worker threads the others.
        const count = Math.min(availableParallelism(), Math.ceil(pages.length / 500));
        const shares = Array.from({ length: count }, (_, share) => ({
          root,
          site,
          pages: pages.filter((_, i) => i % count === share),
        }));
        const workers = shares.slice(1).map((workerData) => {
          // A small heap: a worker holds one page at a time, and the build's memory budget is shared.
          const worker = new Worker(new URL('./languages-worker.ts', import.meta.url), {
            workerData,
            resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
          });
          return new Promise((done, fail) => worker.once('message', done).once('error', fail));
        });
        writeLanguages(shares[0]!);
        await Promise.all(workers);
        const urls = pages
          .filter((page) => !page.endsWith('404.html'))
          .flatMap((page) => {
            const path = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
            return LANGS.map((lang) => new URL(localePath(lang, path), site).href);
          });
        const files = [];
        for (let i = 0; i * SITEMAP_ENTRIES < urls.length; i++) {
          writeFileSync(
            join(root, `sitemap-${i}.xml`),
            sitemapXml(urls.slice(i * SITEMAP_ENTRIES, (i + 1) * SITEMAP_ENTRIES)),
          );
          files.push(`<sitemap><loc>${new URL(`/sitemap-${i}.xml`, site).href}</loc></sitemap>`);
        }
        writeFileSync(
          join(root, 'sitemap-index.xml'),
          `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.join('')}</sitemapindex>`,
        );
        logger.info(`${pages.length} pages written in ${LANGS.join(', ')}; ${urls.length} addresses in the sitemap`);
      },
    },
  };
}
