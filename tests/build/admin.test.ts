// /admin/ in the built site: Sveltia CMS served from the site's own origin, kept out of search.
import { describe, expect, it } from 'vitest';
import { localSveltiaScript } from '../../src/integrations/sveltia-cms.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

describe('/admin/', () => {
  const page = readDist('admin/index.html');
  const script = readDist('admin/sveltia-cms.js');

  it('loads the CMS and its fonts from the site, and checks for no update', () => {
    expect([...page.matchAll(/\ssrc="([^"]+)"/g)].map((m) => m[1])).toEqual(['./sveltia-cms.js']);
    const fonts = [...script.matchAll(/url\((\/admin\/fonts\/[^)]+)\)/g)].map((m) => m[1]!.slice(1));
    expect(fonts).toHaveLength(3);
    for (const font of fonts) expect(distFiles()).toContain(font);
    expect(script).not.toMatch(/cdn\.jsdelivr\.net|fonts\.googleapis|fonts\.gstatic/);
    expect(script).toContain('try{return;let e=await fetch('); // the unpkg.com version check
  });

  it('refuses a CMS build whose addresses it does not recognise, instead of shipping CDN fetches', () => {
    expect(() => localSveltiaScript('console.log("no fonts here")')).toThrow(/font address not found/);
  });

  it('is not indexed and not in the sitemap, and has its own content security policy', () => {
    expect(page).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(page).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
    expect(page).not.toMatch(/unsafe-eval/);
    expect(sitemapPaths().filter((path) => path.startsWith('/admin'))).toEqual([]);
    expect(readDist('_headers')).toMatch(/\/admin\/\*\n\s+X-Robots-Tag: noindex, nofollow/);
  });
});
