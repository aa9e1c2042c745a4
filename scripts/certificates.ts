// `npm run certificates [-- <trainer>]`: the issued certificates (ID, holder file, kind, status,
// valid until), all or one trainer's, so staff need not read content/ledger.jsonl.
// `npm run certificates -- --lapsing <days>`: the certificates that lapse within that many days,
// soonest first, and certificates/renewals.ics with one all-day event per lapse date.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { certificatesDir, contentDir } from '../src/lib/site/content/config.ts';
import { heldCertificates } from '../src/lib/certificates/held-certificates.ts';
import { lapsesByDate, lapsingCertificates } from '../src/lib/certificates/renewals.ts';
import { dayEventsCalendar } from '../src/lib/site/calendar.ts';
import { buildDate } from '../src/lib/site/today.ts';
import type { SiteContent } from '../src/lib/site/content/check.ts';

const USAGE = 'Usage: npm run certificates [-- <trainer>] or npm run certificates -- --lapsing <days>';

/** Prints rows under a header, each column as wide as its widest cell. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

function list(content: SiteContent, today: string, trainer: string | undefined): number {
  if (trainer !== undefined && !content.trainers.some((t) => t.id === trainer)) {
    console.error(`No trainer file content/trainers/${trainer}.md.`);
    return 1;
  }
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
    return 0;
  }
  console.log(`Status on ${today}:`);
  printTable(['ID', 'TRAINER', 'KIND', 'STATUS', 'VALID UNTIL'], rows);
  return 0;
}

/** The lapsing list, and `renewals.ics` written beside the certificates (replaced whole, never half-written). */
function lapsing(content: SiteContent, today: string, days: number): number {
  const lapses = lapsingCertificates(content, today, days);
  if (lapses.length === 0) console.log(`No certificate lapses within ${days} days of ${today}.`);
  else {
    console.log(`Lapsing within ${days} days of ${today}, soonest first:`);
    printTable(
      ['HOLDER', 'TRAINER', 'ID', 'LAST DELIVERY', 'VALID UNTIL'],
      lapses.map((l) => [l.name, l.trainer, l.id, l.lastDelivery ?? '-', l.validUntil]),
    );
  }
  const { settings } = content;
  const host = new URL(settings.siteUrl).host;
  const ics = dayEventsCalendar({
    name: `${settings.siteName}: certificates to renew`,
    product: { company: settings.foundation, product: settings.siteName },
    stamp: today,
    events: lapsesByDate(lapses).map(([date, group]) => ({
      id: `renewals-${date}@${host}`,
      date,
      summary: `Last valid day: ${group.map((l) => l.name).join(', ')}`,
      description: group
        .map((l) => `${l.id} ${l.name} (content/trainers/${l.trainer}.md), last delivery ${l.lastDelivery ?? 'none'}`)
        .join('\n'),
    })),
  });
  const dir = certificatesDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'renewals.ics');
  writeFileSync(`${file}.tmp`, ics);
  renameSync(`${file}.tmp`, file);
  const events = lapsesByDate(lapses).length;
  console.log(
    `Wrote ${relative(process.cwd(), file) || file}: ${events} all-day event${events === 1 ? '' : 's'}, to import into the staff calendar.`,
  );
  return 0;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { lapsing: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (values.lapsing !== undefined && positionals.length > 0)) {
    console.error(USAGE);
    return 1;
  }
  if (values.lapsing !== undefined && !/^\d{1,4}$/.test(values.lapsing)) {
    console.error(`--lapsing: expected a whole number of days, like --lapsing 90; found "${values.lapsing}"`);
    return 1;
  }
  const { content, problems } = checkContent(contentDir());
  if (!content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(
      `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content: run npm run check and fix them first.`,
    );
    return 1;
  }
  const today = buildDate(content.settings.timeZone);
  if (values.lapsing !== undefined) return lapsing(content, today, Number(values.lapsing));
  return list(content, today, positionals[0]?.replace(/^.*\//, '').replace(/\.md$/, ''));
}

process.exitCode = main();
