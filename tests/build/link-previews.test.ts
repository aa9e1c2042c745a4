// Link previews on every page of every language: Open Graph and Twitter Card tags in the page's
// language, at the page's canonical address, with a picture that exists at the size stated. A record
// shows its badge and names only a listed holder; a trainer's page shows their photo; the rest the
// site's picture, so the pictures stay a handful however many records there are.
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dictionaries, LANGS, type Lang } from '../../src/i18n/index.ts';
import { isLang } from '../../src/i18n/locales.ts';
import { badgePath } from '../../src/lib/certificates/badge-images.ts';
import { buildRegistry } from '../../src/lib/certificates/registry.ts';
import { trainerPhotos } from '../../src/lib/site/content/images.ts';
import { openGraphLocale } from '../../src/lib/site/link-preview.ts';
import { builtContent, builtDate, DIST, distFiles, pathOf, readDist, unescaped } from '../helpers/dist.ts';

const content = builtContent();
const records = await buildRegistry(content, builtDate(content));
const site = content.settings.siteUrl;
/** Every page of the site (the CMS's /admin/ is an app, not a page). */
const pages = distFiles().filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));

interface Head {
  lang: Lang;
  description: string | undefined;
  canonical: string | undefined;
  /** Every `<meta property|name="…" content="…">`, by its property or name, in order. */
  meta: Map<string, string[]>;
}

function head(file: string): Head {
  const html = readDist(file);
  const lang = /<html lang="(\w+)"/.exec(html)?.[1];
  if (!isLang(lang)) throw new Error(`${file}: no language`);
  const meta = new Map<string, string[]>();
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g))
    meta.set(key!, [...(meta.get(key!) ?? []), unescaped(value!)]);
  return {
    lang,
    description: meta.get('description')?.[0],
    canonical: /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1],
    meta,
  };
}
const heads = new Map(pages.map((file) => [file, head(file)]));
/** The one value of a tag, failing when it is missing or repeated. */
function one(file: string, key: string): string {
  const values = heads.get(file)!.meta.get(key) ?? [];
  expect(values, `${file}: ${key}`).toHaveLength(1);
  return values[0]!;
}
/** The site path of a page's preview picture. */
const imagePath = (file: string) => new URL(one(file, 'og:image')).pathname;

describe('link previews', () => {
  it('are on every page, in all three languages', () => {
    for (const lang of LANGS) expect(pages.filter((f) => heads.get(f)!.lang === lang).length).toBeGreaterThan(50);
  });

  it('give each page its title, its meta description and its canonical address', () => {
    for (const [file, { description, canonical, meta }] of heads) {
      expect(one(file, 'og:title').length, file).toBeGreaterThan(0);
      expect(one(file, 'twitter:title')).toBe(one(file, 'og:title'));
      expect(description, file).toBeTruthy();
      expect(one(file, 'og:description')).toBe(description);
      expect(one(file, 'twitter:description')).toBe(description);
      if (file === '404.html') {
        // The not-found page answers every missing address: it has none of its own to give.
        expect(canonical).toBeUndefined();
        expect(meta.has('og:url')).toBe(false);
      } else {
        expect(one(file, 'og:url')).toBe(canonical);
        expect(canonical).toBe(new URL(pathOf(file), site).href);
      }
    }
  });

  it('name the page’s locale, and the other two languages as alternates', () => {
    for (const [file, { lang, meta }] of heads) {
      expect(one(file, 'og:locale')).toBe(openGraphLocale(dictionaries[lang].locale));
      expect(meta.get('og:locale:alternate'), file).toEqual(
        LANGS.filter((other) => other !== lang).map((other) => openGraphLocale(dictionaries[other].locale)),
      );
    }
    expect(one('index.html', 'og:locale')).toBe('en_GB');
    expect(one('fr/index.html', 'og:locale')).toBe('fr_FR');
    expect(one('es/index.html', 'og:locale')).toBe('es_ES');
  });

  it('show a picture with its size, its alt text and a Twitter card that fits its shape', () => {
    for (const file of pages) {
      const image = one(file, 'og:image');
      expect(image.startsWith(`${site}/`), file).toBe(true);
      expect(one(file, 'twitter:image')).toBe(image);
      expect(Number(one(file, 'og:image:width'))).toBeGreaterThan(0);
      expect(Number(one(file, 'og:image:height'))).toBeGreaterThan(0);
      expect(one(file, 'og:image:alt').length, file).toBeGreaterThan(0);
      expect(one(file, 'twitter:image:alt')).toBe(one(file, 'og:image:alt'));
      const wide = Number(one(file, 'og:image:width')) > Number(one(file, 'og:image:height'));
      expect(one(file, 'twitter:card')).toBe(wide ? 'summary_large_image' : 'summary');
    }
  });

  it('show pictures that exist in dist/ at exactly the size the pages state', async () => {
    const stated = new Map<string, string>();
    for (const file of pages) {
      const size = `${one(file, 'og:image:width')} × ${one(file, 'og:image:height')}`;
      expect(stated.get(imagePath(file)) ?? size, `${file}: ${imagePath(file)}`).toBe(size);
      stated.set(imagePath(file), size);
    }
    for (const [path, size] of stated) {
      const { width, height } = await sharp(join(DIST, path)).metadata();
      expect(`${width} × ${height}`, path).toBe(size);
    }
  });

  it('are a handful of pictures, however many records there are', () => {
    const photos = [...trainerPhotos(content.dir).keys()].filter(
      (id) => content.trainers.find((t) => t.id === id)?.listed,
    );
    const distinct = new Set(pages.map(imagePath));
    expect(records.length).toBeGreaterThan(distinct.size);
    expect(distinct.size).toBeLessThanOrEqual(content.certifications.length + photos.length + 1);
  });

  it('show a record’s badge, a trainer’s photo, and elsewhere the site’s picture', () => {
    const photos = [...trainerPhotos(content.dir).keys()].filter(
      (id) => content.trainers.find((t) => t.id === id)?.listed,
    );
    expect(photos.length).toBeGreaterThan(0);
    const site = imagePath('index.html');
    expect(site).toMatch(/^\/_astro\/preview\.[\w-]+\.jpg$/);
    expect(one('index.html', 'twitter:card')).toBe('summary_large_image');
    for (const lang of LANGS) {
      const prefix = lang === 'en' ? '' : `${lang}/`;
      for (const record of records.slice(0, 5))
        expect(imagePath(`${prefix}registry/${record.id}/index.html`)).toBe(badgePath(record.cert, 'png'));
      for (const id of photos) expect(imagePath(`${prefix}trainers/${id}/index.html`)).toMatch(`/_astro/${id}.`);
      for (const file of ['index.html', 'registry/index.html', 'programme/index.html', 'contact/index.html'])
        expect(imagePath(`${prefix}${file}`)).toBe(site);
    }
    const withoutPhoto = content.trainers.find((t) => t.listed && !photos.includes(t.id))!;
    expect(imagePath(`trainers/${withoutPhoto.id}/index.html`)).toBe(site);
  });

  it('name a listed holder in a record’s title, and never an unlisted one', () => {
    const title = (cert: string) => content.certifications.find((c) => c.kind === cert)!.title;
    const listed = records.find((r) => r.name)!;
    const unlisted = records.find((r) => !r.name)!;
    expect(unlisted).toBeDefined();
    expect(one(`registry/${listed.id}/index.html`, 'og:title')).toBe(
      `${listed.id} — ${title(listed.cert)}, held by ${listed.name}`,
    );
    expect(one(`es/registry/${listed.id}/index.html`, 'og:title')).toBe(
      `${listed.id} — ${title(listed.cert)}, titular: ${listed.name}`,
    );
    const holder = content.ledger.find((entry) => entry.id === unlisted.id)!.trainer;
    const name = content.trainers.find((t) => t.id === holder)!.name;
    for (const lang of LANGS) {
      const file = `${lang === 'en' ? '' : `${lang}/`}registry/${unlisted.id}/index.html`;
      expect(one(file, 'og:title')).toBe(`${unlisted.id} — ${title(unlisted.cert)}`);
      for (const values of heads.get(file)!.meta.values())
        for (const value of values) expect(value).not.toContain(name);
    }
  });
});
