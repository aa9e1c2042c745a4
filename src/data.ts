// The site's one door to content: checked once per build by the same code as `npm run check`.
import { checkContent, formatProblem, type SiteContent } from './lib/site/content/check.ts';
import { contentDir } from './lib/site/content/config.ts';

let cached: SiteContent | undefined;

export function getContent(): SiteContent {
  if (cached) return cached;
  const { content, problems } = checkContent(contentDir());
  if (!content) throw new Error(`Content has problems; run npm run check:\n${problems.map(formatProblem).join('\n')}`);
  cached = content;
  return content;
}
