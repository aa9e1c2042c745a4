// @ts-check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { DEFAULT_LANG, LANGS, localePath } from './src/i18n/locales.ts';
import credentials from './src/integrations/credentials.ts';
import sveltiaCms from './src/integrations/sveltia-cms.ts';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
/** @type {{ siteUrl: string }} */
const settings = /** @type {any} */ (yaml.load(readFileSync(`${contentDir}/settings.yaml`, 'utf8')));

export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  // English at /, French at /fr/, Spanish at /es/: pages render once per language (src/pages/[...lang]/).
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    sveltiaCms(),
    credentials(),
    // Every page with its copies in the other languages as alternates. Every page exists in every
    // language, so each entry's alternates follow from its own address. (The integration's `i18n`
    // option finds them by comparing every address with every other one: at 72,000 pages that took
    // three minutes of the build, measured.)
    sitemap({
      serialize: (entry) => ({
        ...entry,
        links: LANGS.map((lang) => ({
          lang,
          url: new URL(localePath(lang, new URL(entry.url).pathname), entry.url).href,
        })),
      }),
    }),
  ],
  devToolbar: { enabled: false },
  // Pages render four at a time, so one page's rendering overlaps another's file writing: the
  // 10,000-trainer build's page generation went from 49.5 s to 38 s (measured). Astro 7.4's
  // experimental.parallelPrerender was no faster on two cores and over the memory budget
  // (measured: ARCHITECTURE.md, Languages).
  // Styles are a file, never inlined: every page's content security policy is then one string,
  // written once (src/lib/site/security-policy.ts).
  build: { concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4), inlineStylesheets: 'never' },
  // The link preview picture may be a drawing (content/images/preview.svg), drawn into a JPEG by
  // astro:assets. Only staff's files are drawn, checked first by npm run check, and only at build
  // time: a static site has no image endpoint for anyone else's SVG.
  image: { dangerouslyProcessSVG: true },
  // No code blocks in the content: Shiki's inline styles would only clash with the CSP below.
  markdown: { syntaxHighlight: false },
  vite: {
    // The verifier's QR decoder runs in a module worker that loads ZXing's WebAssembly on demand.
    worker: { format: 'es' },
    // `astro dev` watches sources only: the benchmark's generated sites hold over 100,000 files.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**'] } },
    build: {
      // Scripts are files too, never inlined into a page: the policy allows only the site's own
      // files and the one inline script it names by its hash.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site (16 KB, 4 KB gzipped), cached once: a page that linked
      // four small ones lost a point of Lighthouse performance to the extra render-blocking requests.
      cssCodeSplit: false,
      rollupOptions: {
        // Astro's own "use astro:head-inject" marker in every .mdx page: known and harmless, and six
        // warnings on every build hide the ones that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Tests that build from another CONTENT_DIR use their own cache, so parallel builds never share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  server: { host: '127.0.0.1', port: 4321 },
});
