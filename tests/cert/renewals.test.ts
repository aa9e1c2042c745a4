// `npm run certificates -- --lapsing <days>` through the real command on fixture dates (BUILD_DATE
// fixes "today"): the instructor certificates that lapse within the window, soonest first, and
// certificates/renewals.ics read back with ical.js, one all-day event per lapse date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueWithNewKey, makeCertContent, readLedger, runScript, tempDir } from '../helpers/certificates.ts';

const instructor = (name: string, awarded: string, deliveries: string[] = [], revoked = '') => `---
name: ${name}
country: ES
organisation: Example Cluster
certifications:
  - { kind: cma, awarded: 2020-06-30 }
  - { kind: instructor, awarded: ${awarded}${revoked} }
${deliveries.length ? `deliveries:\n${deliveries.map((d) => `  - { date: ${d}, title: Programme, location: Home }`).join('\n')}\n` : ''}---
Fictional.
`;

/** Today is 2028-01-01; a 90-day window ends on 2028-03-31. */
const TODAY = '2028-01-01';
const trainers = {
  // Lapses 2028-03-10: awarded 2025-03-10, no delivery since.
  'trainers/ines-soon.md': instructor('Inés Soon', '2025-03-10'),
  // Also lapses 2028-03-10, through a delivery: the same event as Inés.
  'trainers/bo-same-day.md': instructor('Bo Same-Day', '2024-01-05', ['2025-03-10']),
  // Lapses first: 2028-01-15, from a delivery on 2025-01-15.
  'trainers/ada-first.md': instructor('Ada First', '2023-06-01', ['2024-02-01', '2025-01-15']),
  // Lapses on the last day of the window.
  'trainers/cy-edge.md': instructor('Cy Edge', '2025-03-31'),
  // Left out: one day past the window, already expired, revoked, and the cma certificates that never lapse.
  'trainers/dan-later.md': instructor('Dan Later', '2025-04-01'),
  'trainers/eva-expired.md': instructor('Eva Expired', '2024-12-31'),
  'trainers/fay-revoked.md': instructor('Fay Revoked', '2025-02-01'),
};

let env: Record<string, string> = {};
const ids = () => new Map(readLedger(env.CONTENT_DIR!).map((e) => [`${e.trainer}/${e.cert}`, e.id]));

beforeAll(() => {
  env = { CONTENT_DIR: makeCertContent(trainers), KEYS_DIR: tempDir('keys'), CERTIFICATES_DIR: tempDir('certs') };
  issueWithNewKey(env);
  // Fay's certificate is revoked after it was issued, with a date still to come.
  writeFileSync(
    join(env.CONTENT_DIR!, 'trainers/fay-revoked.md'),
    instructor('Fay Revoked', '2025-02-01', [], ', revoked: { date: 2028-06-01, reason: Audit }'),
  );
});

describe('npm run certificates -- --lapsing', () => {
  it('lists the certificates lapsing within the window, soonest first, with holder, last delivery and valid until', () => {
    const run = runScript('certificates', ['--lapsing', '90'], { ...env, BUILD_DATE: TODAY });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Lapsing within 90 days of ${TODAY}, soonest first:`);
    expect(lines[1]!.split(/\s{2,}/)).toEqual(['HOLDER', 'TRAINER', 'ID', 'LAST DELIVERY', 'VALID UNTIL']);
    const rows = lines.slice(2, -1).map((line) => line.split(/\s{2,}/));
    const id = ids();
    expect(rows).toEqual([
      ['Ada First', 'ada-first', id.get('ada-first/instructor'), '2025-01-15', '2028-01-15'],
      ['Bo Same-Day', 'bo-same-day', id.get('bo-same-day/instructor'), '2025-03-10', '2028-03-10'],
      ['Inés Soon', 'ines-soon', id.get('ines-soon/instructor'), '-', '2028-03-10'],
      ['Cy Edge', 'cy-edge', id.get('cy-edge/instructor'), '-', '2028-03-31'],
    ]);
    expect(lines.at(-1)).toMatch(/^Wrote .*renewals\.ics: 3 all-day events, to import into the staff calendar\.$/);
  });

  it('writes renewals.ics: one all-day event per lapse date, naming each holder, the same file on the same day', () => {
    const path = join(env.CERTIFICATES_DIR!, 'renewals.ics');
    const first = readFileSync(path, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(first));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(
      events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate, e.summary, e.uid]),
    ).toEqual([
      ['2028-01-15', '2028-01-16', true, 'Last valid day: Ada First', 'renewals-2028-01-15@ttt.test.example'],
      [
        '2028-03-10',
        '2028-03-11',
        true,
        'Last valid day: Bo Same-Day, Inés Soon',
        'renewals-2028-03-10@ttt.test.example',
      ],
      ['2028-03-31', '2028-04-01', true, 'Last valid day: Cy Edge', 'renewals-2028-03-31@ttt.test.example'],
    ]);
    expect(events[1]!.description).toBe(
      [
        `${ids().get('bo-same-day/instructor')} Bo Same-Day (content/trainers/bo-same-day.md), last delivery 2025-03-10`,
        `${ids().get('ines-soon/instructor')} Inés Soon (content/trainers/ines-soon.md), last delivery none`,
      ].join('\n'),
    );
    expect(runScript('certificates', ['--lapsing', '90'], { ...env, BUILD_DATE: TODAY }).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(first);
  });

  it('a wider window takes the later lapse in; none in the window says so and writes an empty calendar', () => {
    const wider = runScript('certificates', ['--lapsing', '91'], { ...env, BUILD_DATE: TODAY });
    expect(wider.stdout).toContain('Dan Later');
    expect(wider.stdout).not.toMatch(/Eva Expired|Fay Revoked|-CMA-/);
    const none = runScript('certificates', ['--lapsing', '10'], { ...env, BUILD_DATE: '2028-04-02' });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No certificate lapses within 10 days of 2028-04-02.');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(env.CERTIFICATES_DIR!, 'renewals.ics'), 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });

  it('refuses a window that is not a number of days, with the usage', () => {
    for (const args of [['--lapsing', 'soon'], ['--lapsing', '-5'], ['--lapsing'], ['--lapsing', '90', 'ana-lopez']]) {
      const run = runScript('certificates', args, env);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(/--lapsing|Usage/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
