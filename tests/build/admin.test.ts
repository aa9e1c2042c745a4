// /admin/ in the built site: Sveltia CMS served from the site's own origin, kept out of search,
// with the form the build writes from the content schemas.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfigYaml } from '../../src/lib/site/content/cms-config.ts';
import { localSveltiaScript } from '../../src/integrations/sveltia-cms.ts';
import { builtContent, distFiles, readDist } from '../helpers/dist.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

describe('/admin/', () => {
  const page = readDist('admin/index.html');
  const script = readDist('admin/sveltia-cms.js');

  it('loads the CMS and its fonts from the site', () => {
    expect([...page.matchAll(/\ssrc="([^"]+)"/g)].map((m) => m[1])).toEqual(['./sveltia-cms.js']);
    const fonts = [...script.matchAll(/url\((\/admin\/fonts\/[^)]+)\)/g)].map((m) => m[1]!.slice(1));
    expect(fonts).toHaveLength(3);
    for (const font of fonts) expect(distFiles()).toContain(font);
    expect(script).not.toMatch(/cdn\.jsdelivr\.net|fonts\.googleapis|fonts\.gstatic/);
  });

  it('refuses a CMS build whose font addresses it does not recognise, instead of shipping CDN fetches', () => {
    expect(() => localSveltiaScript('console.log("no fonts here")')).toThrow(/font address not found/);
  });

  it("has the form written from this build's schemas and certifications, and the backend kept by hand", () => {
    const links = [...page.matchAll(/<link href="([^"]+)" type="application\/yaml" rel="cms-config-url">/g)];
    expect(links.map((m) => m[1])).toEqual(['./backend.yml', './config.yml']);
    const certifications = builtContent().certifications.map(({ kind, title }) => ({ kind, title }));
    expect(readDist('admin/config.yml')).toBe(cmsConfigYaml(certifications));
    // Where saves go is all the hand-kept file says; the form says nothing about it but commit messages.
    const backend = parse(readDist('admin/backend.yml')) as { backend: Record<string, string> };
    expect(Object.keys(backend)).toEqual(['backend']);
    expect(backend.backend.name).toBe('github');
    const form = parse(readDist('admin/config.yml')) as { backend: Record<string, unknown> };
    expect(Object.keys(form.backend)).toEqual(['commit_messages']);
  });

  it('is not indexed and not in the sitemap, and has its own content security policy', () => {
    expect(page).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(page).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
    expect(page).toMatch(
      /http-equiv="Content-Security-Policy"[^>]*connect-src 'self' data: https:\/\/api\.github\.com https:\/\/gitlab\.com;/,
    );
    expect(page).not.toMatch(/unsafe-eval/);
    expect(sitemapPaths().filter((path) => path.startsWith('/admin'))).toEqual([]);
    expect(readDist('_headers')).toMatch(/\/admin\/\*\n\s+X-Robots-Tag: noindex, nofollow/);
  });
});
