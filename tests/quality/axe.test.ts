// axe-core over every page in the sitemap (a sample on large sites), in real Chromium; the same
// visit fails on any console error, which is how a content security policy violation shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { LANGS, localePath } from '../../src/i18n/index.ts';
import { contentDir } from '../../src/lib/site/content/config.ts';
import { trainerPhotos } from '../../src/lib/site/content/images.ts';
import { useSiteInChromium } from '../helpers/chromium.ts';
import { sample, sitemapPaths } from '../helpers/sitemap.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MISSING = '/this-page-does-not-exist/';
/** Always checked: the pages built from settings and cohort facts, a page with a Latin name and a contact, a filtered directory, and the pages with pictures. */
const photo = [...trainerPhotos(contentDir()).keys()][0];
const ALWAYS = [
  '/',
  '/programme/',
  '/trainers/',
  ...(photo ? [`/trainers/${photo}/`] : []),
  '/apply/',
  '/contact/',
  '/trainers/eleni-georgiou/',
  '/trainers/?language=fr&sector=Agri-food',
];
/** In every language: the home page, the directory, a trainer page, the map and a registry record. */
const record = /"id":"([^"]+)"/.exec(readFileSync(join(contentDir(), 'ledger.jsonl'), 'utf8'))?.[1];
const IN_EVERY_LANGUAGE = LANGS.flatMap((lang) =>
  ['/', '/trainers/', '/trainers/eleni-georgiou/', '/programme/', ...(record ? [`/registry/${record}/`] : [])].map(
    (path) => localePath(lang, path),
  ),
);
const pages = [...new Set([...sample(sitemapPaths(), 30), ...ALWAYS, ...IN_EVERY_LANGUAGE]), MISSING];

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  const open = useSiteInChromium();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s has no violations and no console errors', async (path) => {
    const context = await open.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      // The missing page itself answers 404, as it should.
      const expected = path === MISSING && /404 \(Not Found\)/.test(message.text());
      if (message.type() === 'error' && !expected) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(open.site.url + path);
    // A filter in the address shows cards built by the page's script: check those.
    if (path.includes('?')) await page.waitForSelector('#trainer-of[hidden]', { state: 'attached' });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    await context.close();
    expect(errors).toEqual([]);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });
});
