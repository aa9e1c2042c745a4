// Pictures from a content folder outside the project, as tests and the benchmark use: trainer
// photos resized to AVIF and WebP with srcset and size, initials where there is no photo (Greek
// and Cyrillic names too), a raster logo and home picture, unlisted trainers' photos never
// published, and the same bytes from every build, with or without the image cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/certificates.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { makeContent, validFiles } from '../helpers/content-fixture.ts';
import { distFiles } from '../helpers/dist.ts';
import { serveDist } from '../helpers/serve.ts';

/** A photo-like image: two colour gradients, so that every encoder has something to do. */
function photo(width: number, height: number, format: 'jpeg' | 'png'): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([(x * 255) / width, (y * 255) / height, 140], (y * width + x) * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

const person = (name: string, country: string, listed = true) =>
  `---\nname: ${name}\ncountry: ${country}\norganisation: Example Cluster\nlisted: ${listed}\ncertifications:\n  - { kind: cma, awarded: 2027-09-30 }\n---\nBio.\n`;

/** Builds the site with `astro build` into a new folder, with the given image cache; returns the folder and the log. */
function build(content: string, cache: string): { dist: string; log: string } {
  const dist = tempDir('dist');
  const result = spawnSync('node_modules/.bin/node', ['node_modules/.bin/astro', 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  // Without colour codes, which Astro writes when the environment says it may (CI=true does).
  return { dist, log: result.stdout.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** Every file of a build with its SHA-256. */
const fingerprint = (dist: string) =>
  new Map(
    distFiles(dist).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dist, file)))
        .digest('hex'),
    ]),
  );

let content = '';
let first: { dist: string; log: string };
let cached: { dist: string; log: string };
let fresh: { dist: string; log: string };
let browser: Browser;
let site: { url: string; close(): Promise<void> };

beforeAll(async () => {
  content = makeContent({
    'trainers/eleni-georgiou.md': person('Ελένη Γεωργίου', 'GR'),
    'trainers/georgi-petkov.md': person('Георги Петков', 'BG'),
    'trainers/hidden-person.md': person('Hidden Person', 'ES', false),
    'settings.yaml': validFiles['settings.yaml']!.replace('images:\n', 'images:\n  home: Two gradients meeting.\n'),
  });
  const [portrait, logo, home] = await Promise.all([
    photo(600, 750, 'jpeg'),
    photo(300, 100, 'png'),
    photo(1200, 800, 'jpeg'),
  ]);
  writeFileSync(join(content, 'trainers/ana-lopez.jpg'), portrait);
  writeFileSync(join(content, 'trainers/hidden-person.jpg'), portrait);
  writeFileSync(join(content, 'logo.png'), logo);
  writeFileSync(join(content, 'images/home.jpg'), home);
  const cache = tempDir('astro-cache');
  first = build(content, cache);
  cached = build(content, cache);
  fresh = build(content, tempDir('astro-cache'));
  [site, browser] = await Promise.all([serveDist(first.dist), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, width = 1440): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}

/** The `w` widths named in a srcset. */
const widths = (srcset: string | null) => [...(srcset ?? '').matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));

describe('a trainer photo from a content folder outside the project', () => {
  it('is served as AVIF and WebP with srcset, a JPEG fallback, width, height and alt text', async () => {
    const page = await open('/trainers/ana-lopez/');
    const picture = page.locator('main picture');
    expect(await picture.locator('source[type="image/avif"]').getAttribute('srcset')).toMatch(
      /\.avif 160w, .*\.avif 240w, .*\.avif 480w$/,
    );
    expect(widths(await picture.locator('source[type="image/webp"]').getAttribute('srcset'))).toEqual([160, 240, 480]);
    const img = picture.locator('img');
    expect(await img.getAttribute('alt')).toBe('Photo of Ana López');
    expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual(['240', '240']);
    expect(await img.getAttribute('src')).toMatch(/\.jpg$/);
    // Chromium picks the AVIF, and it decodes: a square crop of the portrait.
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    const chosen = await img.evaluate((el: HTMLImageElement) => [el.currentSrc, el.naturalWidth, el.naturalHeight]);
    expect(chosen[0]).toMatch(/\.avif$/);
    expect(chosen[1]).toBe(chosen[2]);
    await page.close();
  });

  it('is really resized and re-encoded: each file has the format and width its srcset says', async () => {
    const html = readFileSync(join(first.dist, 'trainers/ana-lopez/index.html'), 'utf8');
    const sources = [...html.matchAll(/<source srcset="([^"]+)" type="image\/(avif|webp)"/g)];
    expect(sources).toHaveLength(2);
    for (const [, srcset, type] of sources)
      for (const [, url, width] of srcset!.matchAll(/(\S+) (\d+)w/g)) {
        const meta = await sharp(join(first.dist, url!)).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual([
          type === 'avif' ? 'heif' : 'webp',
          Number(width),
          Number(width),
        ]);
      }
  });

  it('shows on the directory card, also when the filter builds the cards', async () => {
    const page = await open('/trainers/');
    const card = page.locator('#trainer-list > li', { hasText: 'Ana López' });
    expect(await card.locator('source[type="image/avif"]').count()).toBe(1);
    expect(await card.locator('img').getAttribute('alt')).toBe('Photo of Ana López');
    await page.fill('#filter-query', 'lopez');
    await expect.poll(() => page.locator('#trainer-list > li').count()).toBe(1);
    const img = page.locator('#trainer-list > li img');
    expect(await img.getAttribute('srcset')).toMatch(/\.webp 72w, .*\.webp 144w$/);
    expect(await img.getAttribute('alt')).toBe('Photo of Ana López');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    await page.close();
  });

  it('of an unlisted trainer is never published', () => {
    expect(distFiles(first.dist).filter((file) => file.includes('hidden-person'))).toEqual([]);
  });
});

describe('initials where there is no photo', () => {
  it.each([
    ['/trainers/eleni-georgiou/', 'ΕΓ'],
    ['/trainers/georgi-petkov/', 'ГП'],
  ])('%s shows %s, drawn without script, hidden from screen readers', async (path, letters) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const placeholder = page.locator('main .initials');
    expect(await placeholder.textContent()).toBe(letters);
    expect(await placeholder.getAttribute('aria-hidden')).toBe('true');
    const box = (await placeholder.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(160);
    expect(box.height).toBe(box.width);
    // No photo at all; the certifications' badges are the page's only pictures.
    expect(await page.locator('main img:not([src^="/badges/"])').count()).toBe(0);
    await context.close();
  });

  it('appear on directory cards the filter builds', async () => {
    const page = await open('/trainers/');
    await page.fill('#filter-query', 'Georgiou');
    await expect.poll(() => page.locator('#trainer-list > li').count()).toBe(1);
    expect(await page.locator('#trainer-list > li .initials').textContent()).toBe('ΕΓ');
    await page.close();
  });
});

describe('the logo and the home picture', () => {
  it('a PNG logo goes out as WebP in the header, named by the foundation', async () => {
    const page = await open('/');
    const logo = page.locator('header .site-logo');
    expect(await logo.getAttribute('src')).toMatch(/^\/_astro\/logo\.[\w-]+\.webp$/);
    expect([await logo.getAttribute('width'), await logo.getAttribute('height')]).toEqual(['132', '44']);
    expect(await page.getByRole('link', { name: 'Test Foundation Test site' }).count()).toBe(1);
    await expect.poll(() => logo.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(264);
    await page.close();
  });

  it('the home picture has its alt text from the settings and AVIF and WebP sources', async () => {
    const page = await open('/');
    const picture = page.locator('.hero picture');
    expect(await picture.locator('img').getAttribute('alt')).toBe('Two gradients meeting.');
    expect(widths(await picture.locator('source[type="image/avif"]').getAttribute('srcset'))).toEqual([280, 560, 1120]);
    await page.close();
  });
});

describe('builds are reproducible', () => {
  it('gives the same bytes with a fresh image cache and with the cache of an earlier build', () => {
    const files = fingerprint(first.dist);
    expect([...files.keys()].filter((f) => f.endsWith('.avif')).length).toBeGreaterThan(4);
    expect(fingerprint(fresh.dist)).toEqual(files);
    expect(fingerprint(cached.dist)).toEqual(files);
  });

  it('reuses the resized images of an earlier build', () => {
    expect(first.log).not.toContain('reused cache entry');
    expect(cached.log).toMatch(/ana-lopez\.[\w-]+\.avif \(reused cache entry\)/);
    expect(cached.log).not.toMatch(/ana-lopez\.[\w-]+\.avif \(before:/);
  });
});
