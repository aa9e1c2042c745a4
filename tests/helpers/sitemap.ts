// The pages a visitor can reach, read from the built sitemap, as paths on the local server.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const urls = files.flatMap((name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]);
  return urls.map((match) => new URL(match[1]!).pathname).sort();
}

/** At most `count` items spread evenly over the list, always with the first and last. */
export function sample<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = (items.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => items[Math.round(i * step)]!);
}
