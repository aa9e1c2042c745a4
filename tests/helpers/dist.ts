// Reading the built site in tests: every file under dist/, and the validated content it was built from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type SiteContent } from '../../src/lib/site/content/check.ts';
import { contentDir } from '../../src/lib/site/content/config.ts';
import { buildDate } from '../../src/lib/site/today.ts';

export const DIST = 'dist';

/** Every file in dist/, as paths relative to it (`trainers/x/index.html`). */
export function distFiles(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();
}

export function readDist(path: string, dist = DIST): string {
  return readFileSync(join(dist, path), 'utf8');
}

/** The address a dist/ file is served at: `trainers/x/index.html` → `/trainers/x/`. */
export function pathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Text as the page shows it, from Astro's escaping of it in HTML. */
export function unescaped(html: string): string {
  return html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The content the site was built from, checked the same way the build checks it. */
export function builtContent(): SiteContent {
  const { content, problems } = checkContent(contentDir());
  if (!content) throw new Error(`content has problems: ${problems.length}`);
  return content;
}

/** The date the build computed statuses for: the tests pin it (BUILD_DATE in vitest.config.ts). */
export function builtDate(content: SiteContent): string {
  return buildDate(content.settings.timeZone);
}
