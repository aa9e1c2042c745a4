// The registry list and the trainer directory at a size that needs several pages: every entry on
// exactly one light page, page links that work without JavaScript, and a search or filter that
// finds entries on any page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { DIRECTORY_PAGE_SIZE } from '../../src/lib/site/directory.ts';
import type { DirectoryIndex } from '../../src/lib/site/directory-filter.ts';
import { REGISTRY_PAGE_SIZE } from '../../src/lib/certificates/registry.ts';
import { buildSite, issueWithNewKey, readLedger, tempDir } from '../helpers/certificates.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveDist } from '../helpers/serve.ts';

let dist = '';
let ids: string[] = [];
let content = '';
let browser: Browser;
let site: { url: string; close(): Promise<void> };

beforeAll(async () => {
  content = tempDir('content');
  const keys = tempDir('keys');
  // 120 synthetic trainers hold about 170 certificates: two pages.
  writeSyntheticContent(content, 120);
  const env = { CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: tempDir('certs') };
  issueWithNewKey(env);
  ids = [...new Set(readLedger(content).map((entry) => entry.id))].sort();
  dist = buildSite(content, keys);
  [site, browser] = await Promise.all([serveDist(dist), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const rowIds = (page: string) =>
  [...page.matchAll(/<th scope="row"[^>]*>\s*<a href="\/registry\/([^/]+)\/"/g)].map((m) => m[1]!);

describe('the registry list, a page at a time', () => {
  it('puts every certificate on exactly one page, in ID order, each page a few KB of gzip', () => {
    const pages = Math.ceil(ids.length / REGISTRY_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    const paths = ['registry', ...Array.from({ length: pages - 1 }, (_, i) => `registry/${i + 2}`)];
    const listed = paths.flatMap((path) => rowIds(html(path)));
    expect(listed).toEqual(ids);
    expect(rowIds(html('registry'))).toHaveLength(REGISTRY_PAGE_SIZE);
    for (const path of paths) expect(gzipSync(html(path)).length, path).toBeLessThan(100 * 1024);
    expect(html('registry')).toContain('href="/registry/2/" rel="next"');
    expect(html(`registry/${pages}`)).toContain(
      `href="${pages === 2 ? '/registry/' : `/registry/${pages - 1}/`}" rel="prev"`,
    );
  });

  it('pages work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/registry/`);
    await page.click('a[rel="next"]');
    expect(page.url()).toBe(`${site.url}/registry/2/`);
    expect(await page.locator('#registry-rows tr').count()).toBe(
      Math.min(REGISTRY_PAGE_SIZE, ids.length - REGISTRY_PAGE_SIZE),
    );
    await context.close();
  });

  it('the search finds certificates on any page, by ID, accent-free name or status, and clearing it restores the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/registry/`);
    const last = ids.at(-1)!;
    await page.fill('#registry-q', last.toLowerCase());
    await expect.poll(() => page.locator('#registry-rows tr').allTextContents()).toHaveLength(1);
    expect(await page.innerText('#registry-summary')).toBe('1 certificate shown');
    expect(await page.textContent('#registry-rows')).toContain(last);
    expect(await page.getAttribute('#registry-rows a', 'href')).toBe(`/registry/${last}/`);
    expect(await page.isHidden('#registry-pages')).toBe(true);
    // "lukasz" finds Łukasz; the count names every match, the table shows at most a page.
    await page.fill('#registry-q', 'lukasz');
    await expect.poll(() => page.textContent('#registry-rows')).toContain('Łukasz');
    const count = Number(await page.textContent('#registry-count'));
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('#registry-rows tr').count()).toBe(Math.min(count, REGISTRY_PAGE_SIZE));
    // A Greek or Cyrillic name is found by its Latin spelling.
    await page.fill('#registry-q', 'papadopoulou');
    await expect.poll(() => page.textContent('#registry-rows')).toContain('Παπαδοπούλου');
    await page.fill('#registry-q', 'ivanova');
    await expect.poll(() => page.textContent('#registry-rows')).toContain('Иванова');
    await page.fill('#registry-q', 'expired');
    await expect.poll(() => page.locator('#registry-rows .badge--expired').count()).toBeGreaterThan(0);
    await page.fill('#registry-q', 'no such holder anywhere');
    await expect.poll(() => page.isVisible('#registry-empty')).toBe(true);
    await page.fill('#registry-q', '');
    await expect.poll(() => page.locator('#registry-rows tr').count()).toBe(REGISTRY_PAGE_SIZE);
    expect(await page.innerText('#registry-summary')).toBe(`${REGISTRY_PAGE_SIZE} certificates shown of ${ids.length}`);
    expect(await page.isVisible('#registry-pages')).toBe(true);
    await page.close();
  });
});

describe('the trainer directory, a page at a time', () => {
  const cardIds = (page: string) => [...page.matchAll(/<h2>\s*<a href="\/trainers\/([^/]+)\/"/g)].map((m) => m[1]!);

  it('puts every listed trainer on exactly one page, each page a few KB of gzip', () => {
    const listed = readdirSync(join(content, 'trainers')).filter(
      (name) => !readFileSync(join(content, 'trainers', name), 'utf8').includes('listed: false'),
    );
    const pages = Math.ceil(listed.length / DIRECTORY_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    const paths = ['trainers', ...Array.from({ length: pages - 1 }, (_, i) => `trainers/${i + 2}`)];
    const shown = paths.flatMap((path) => cardIds(html(path)));
    expect(shown.sort()).toEqual(listed.map((name) => name.replace(/\.md$/, '')).sort());
    for (const path of paths) expect(gzipSync(html(path)).length, path).toBeLessThan(100 * 1024);
  });

  it('the filter finds trainers on any page, and resetting it restores the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/trainers/`);
    const onFirstPage = await page.$$eval('#trainer-list h2 a', (links) => links.map((a) => a.textContent));
    const index = JSON.parse(readFileSync(join(dist, 'trainers/index.json'), 'utf8')) as DirectoryIndex;
    // A trainer only on a later page, found by an accent-free part of the name.
    const later = index.trainers.find((t) => !onFirstPage.includes(t.n))!;
    const number = later.n.split(' ').at(-1)!;
    await page.fill('#filter-query', number);
    await expect
      .poll(() => page.$$eval('#trainer-list h2 a', (links) => links.map((a) => a.textContent)))
      .toContain(later.n);
    expect(await page.innerText('#trainer-count')).toBe('1 trainer shown');
    expect(await page.isHidden('#trainer-pages')).toBe(true);
    await page.fill('#filter-query', 'papadopoulou');
    await expect
      .poll(() => page.$$eval('#trainer-list h2 a', (links) => links.map((a) => a.textContent).join(' ')))
      .toContain('Παπαδοπούλου');
    await page.fill('#filter-query', '');
    await page.selectOption('#filter-country', later.c);
    const inCountry = index.trainers.filter((t) => t.c === later.c);
    await expect.poll(() => page.textContent('#trainer-count [data-count]')).toBe(String(inCountry.length));
    expect(await page.locator('#trainer-list > li').count()).toBe(Math.min(inCountry.length, DIRECTORY_PAGE_SIZE));
    await page.click('#trainer-filter button[type=reset]');
    await expect.poll(() => page.locator('#trainer-list > li').count()).toBe(DIRECTORY_PAGE_SIZE);
    expect(await page.isVisible('#trainer-pages')).toBe(true);
    await page.close();
  });
  it('filters by language and sector over every page, from an index of a few hundred bytes a trainer', async () => {
    const file = join(dist, 'trainers/index.json');
    const index = JSON.parse(readFileSync(file, 'utf8')) as DirectoryIndex;
    expect(statSync(file).size / index.trainers.length).toBeLessThan(250);
    expect(gzipSync(readFileSync(file)).length / index.trainers.length).toBeLessThan(60);
    const sector = index.sectors.indexOf('Agri-food');
    const expected = index.trainers.filter((t) => t.g.includes('fr') && t.s.includes(sector));
    expect(expected.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${site.url}/trainers/2/?language=fr&sector=Agri-food`);
    await expect.poll(() => page.textContent('#trainer-count [data-count]')).toBe(String(expected.length));
    expect(await page.$$eval('#trainer-list h2 a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expected.map((t) => `/trainers/${t.id}/`),
    );
    await page.close();
  });
});
