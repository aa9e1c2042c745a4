// A trainer with `listed: false` appears nowhere in the built site: no page, no row, no search data, no sitemap entry.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/lib/site/directory-filter.ts';
import { latinSpelling } from '../../src/lib/site/search-text.ts';
import { builtContent, DIST, distFiles, readDist } from '../helpers/dist.ts';

const content = builtContent();
const unlisted = content.trainers.filter((t) => !t.listed);
const textFiles = distFiles().filter((f) => /\.(html|xml|json|js|ics|txt|css)$/.test(f));

/** The forms a name could take in a file: as written, HTML-escaped, JSON-escaped, folded for search, in Latin letters. */
function spellings(name: string): string[] {
  const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return [
    ...new Set([
      name,
      escaped,
      JSON.stringify(name).slice(1, -1),
      foldForSearch(name),
      latinSpelling(foldForSearch(name)),
    ]),
  ];
}

describe('unlisted trainers', () => {
  it('exist in the shipped content, so this test means something', () => {
    expect(unlisted.length).toBeGreaterThan(0);
    expect(textFiles.length).toBeGreaterThan(20);
  });

  it.each(unlisted.map((t) => [t.id, t] as const))('%s has no page and no link', (id) => {
    expect(existsSync(join(DIST, 'trainers', id))).toBe(false);
    for (const file of textFiles) expect(readDist(file), file).not.toContain(`/trainers/${id}/`);
  });

  it.each(unlisted.map((t) => [t.id, t] as const))(
    '%s is named in no built file, not even by file name',
    (_id, trainer) => {
      for (const file of textFiles) {
        const body = readDist(file);
        // The file name is usually the name too (lea-hofstaetter), so it must not leak either.
        for (const spelling of [...spellings(trainer.name), trainer.id])
          expect(body.includes(spelling), `${file} contains ${spelling}`).toBe(false);
      }
    },
  );

  it('are left out of the sitemap, which lists the listed trainers', () => {
    const sitemap = textFiles
      .filter((f) => f.startsWith('sitemap'))
      .map((f) => readDist(f))
      .join('\n');
    for (const trainer of unlisted) expect(sitemap).not.toContain(`/trainers/${trainer.id}/`);
    for (const trainer of content.trainers.filter((t) => t.listed))
      expect(sitemap).toContain(`/trainers/${trainer.id}/`);
  });
});
