// The programme page, read from the built HTML. The reach map: every country with certified
// trainers is a link to the directory filtered by it, named for screen readers; venues are marked;
// it is drawn at build time (no script) and the same figures stand in the list beside it. And the
// certifications' anchors, which the Open Badges achievements point to.
import { describe, expect, it } from 'vitest';
import { trainersByCountry, directoryRows } from '../../src/lib/site/directory.ts';
import { builtContent, builtDate, distFiles, readDist } from '../helpers/dist.ts';

const content = builtContent();
const reach = trainersByCountry(directoryRows(content.trainers, content.certifications, builtDate(content)));
const html = readDist('programme/index.html');
const map = /<figure class="reach-map[^"]*"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';

describe('the reach map', () => {
  it('is an SVG with a title and a description, and no script', () => {
    expect(map).toMatch(/<svg[^>]*aria-labelledby="reach-map-title reach-map-desc"/);
    expect(map).toContain('<title id="reach-map-title">');
    expect(map).toContain(`${reach.length} countries with certified trainers`);
    expect(map).not.toContain('<script');
  });

  it('links every country with certified trainers to the directory filtered by it, with its count', () => {
    expect(reach.length).toBeGreaterThan(5);
    for (const country of reach) {
      const link = new RegExp(`<a href="/trainers/\\?country=${country.code}" aria-label="([^"]+)"`).exec(map);
      expect(link?.[1], country.code).toBe(
        `${country.name.replace(/&/g, '&amp;')}: ${country.count} certified trainer${country.count === 1 ? '' : 's'}`,
      );
      // The list beside the map says the same.
      expect(html).toContain(`<a href="/trainers/?country=${country.code}">`);
    }
    // Only those countries are links.
    expect([...map.matchAll(/<a href="\/trainers\/\?country=/g)]).toHaveLength(reach.length);
  });

  it('marks every venue that has coordinates', () => {
    const placed = content.venues.filter((v) => v.latitude !== undefined);
    expect(placed.length).toBeGreaterThan(0);
    for (const venue of placed)
      expect(map).toMatch(new RegExp(`<circle [^>]*></circle><text [^>]*>${venue.city}</text>`));
  });
});

describe('the programme page', () => {
  it('holds the anchor each published credential’s achievement points to', () => {
    const credentials = distFiles().filter((file) => file.endsWith('/credential.json'));
    expect(credentials.length).toBeGreaterThan(0);
    const ids = new Set(
      credentials.map(
        (file) =>
          (JSON.parse(readDist(file)) as { credentialSubject: { achievement: { id: string } } }).credentialSubject
            .achievement.id,
      ),
    );
    expect(ids.size).toBe(content.certifications.length);
    for (const id of ids) {
      const url = new URL(id);
      expect(url.pathname).toBe('/programme/');
      expect(html).toContain(`<section id="${url.hash.slice(1)}"`);
    }
  });
});
