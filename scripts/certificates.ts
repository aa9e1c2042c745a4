// `npm run certificates [-- <trainer>]`: the issued certificates (ID, holder file, kind, status,
// valid until), all or one trainer's, so staff need not read content/ledger.jsonl.
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { contentDir } from '../src/lib/site/content/config.ts';
import { heldCertificates } from '../src/lib/certificates/held-certificates.ts';
import { buildDate } from '../src/lib/site/today.ts';

const trainer = process.argv[2]?.replace(/^.*\//, '').replace(/\.md$/, '');
const { content, problems } = checkContent(contentDir());
if (!content) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content: run npm run check and fix them first.`,
  );
  process.exit(1);
}
if (trainer !== undefined && !content.trainers.some((t) => t.id === trainer)) {
  console.error(`No trainer file content/trainers/${trainer}.md.`);
  process.exit(1);
}
const today = buildDate(content.settings.timeZone);
const rows = heldCertificates(content, today, trainer).map((c) => [
  c.id,
  c.trainer,
  c.kind,
  c.status,
  c.validUntil ?? '-',
]);
if (rows.length === 0) {
  console.log(
    trainer ? `${trainer} holds no issued certificate (npm run issue signs new ones).` : 'No certificate issued yet.',
  );
  process.exit(0);
}
const header = ['ID', 'TRAINER', 'KIND', 'STATUS', 'VALID UNTIL'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
console.log(`Status on ${today}:`);
for (const row of [header, ...rows])
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
