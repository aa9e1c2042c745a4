// `npm run check`: validate all content and print every problem in one run.
import { checkContent, formatProblem } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/config.ts';

const { content, problems } = checkContent(contentDir());
if (!content) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content; nothing was built.`);
  process.exit(1);
}
console.log(
  `Content OK: ${content.trainers.length} trainers, ${content.cohorts.length} cohorts, ${content.modules.length} modules, ${content.ledger.length} ledger entries.`,
);
