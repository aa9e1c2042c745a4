// axe-core over every page in the sitemap (a sample on large sites), in real Chromium; the same
// visit fails on any console error, which is how a content security policy violation shows.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveDist } from '../helpers/serve.ts';
import { sample, sitemapPaths } from '../helpers/sitemap.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MISSING = '/this-page-does-not-exist/';
const pages = [...sample(sitemapPaths(), 30), MISSING];

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveDist('dist')]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s has no violations and no console errors', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      // The missing page itself answers 404, as it should.
      const expected = path === MISSING && /404 \(Not Found\)/.test(message.text());
      if (message.type() === 'error' && !expected) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url + path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    await context.close();
    expect(errors).toEqual([]);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });
});
