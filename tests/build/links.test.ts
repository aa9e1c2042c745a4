// No broken internal links: every href and src in every built page leads to a file in dist/,
// and every #fragment to an element with that id.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtContent, DIST, distFiles, pathOf, readDist } from '../helpers/dist.ts';

const origin = new URL(builtContent().settings.siteUrl).origin;
const pages = distFiles().filter((f) => f.endsWith('.html'));

/** The page's URL path: `trainers/x/index.html` → `/trainers/x/`. */
/** The dist/ file a URL path is served from, as a static host does; undefined if none. */
function fileFor(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  return undefined;
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Every internal reference on the page, resolved against it, as absolute URLs on the site's origin. */
function references(file: string, html: string): URL[] {
  const base = new URL(pathOf(file), origin);
  const values = [
    ...[...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)),
  ];
  return values.map((value) => new URL(value.replace(/&amp;/g, '&'), base)).filter((url) => url.origin === origin);
}

describe('internal links', () => {
  it('has pages to crawl', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s links only to pages and files that exist', (file) => {
    const html = readDist(file);
    const broken: string[] = [];
    for (const url of references(file, html)) {
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(url.pathname);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsIn(readDist(target.slice(DIST.length + 1))).has(fragment))
        broken.push(`${url.pathname}#${fragment}`);
    }
    expect(broken).toEqual([]);
  });

  it('can tell a broken link from a good one', () => {
    expect(fileFor('/trainers/')).toBeDefined();
    expect(fileFor('/no-such-page/')).toBeUndefined();
    expect(fileFor('/calendar/all.ics')).toBeDefined();
  });
});
