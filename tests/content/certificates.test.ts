// `npm run certificates [-- <trainer>]` through the real command, against the shipped ledger.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function certificates(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/certificates.ts', ...args], {
    env: { ...process.env, BUILD_DATE: '2026-06-01', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ledger = readFileSync('content/ledger.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; trainer: string; cert: string });
const row = (stdout: string, id: string) =>
  stdout
    .split('\n')
    .find((line) => line.startsWith(`${id} `))
    ?.split(/\s{2,}/);

describe('npm run certificates', () => {
  it('lists every issued certificate ID once, with its holder file and kind', () => {
    const { status, stdout } = certificates({});
    expect(status).toBe(0);
    for (const entry of ledger)
      expect(row(stdout, entry.id)?.slice(0, 3)).toEqual([entry.id, entry.trainer, entry.cert]);
    expect(stdout.split('\n').filter((line) => /^[A-Z]+-(CMA|INS)-/.test(line))).toHaveLength(
      new Set(ledger.map((e) => e.id)).size,
    );
  });

  it("lists one trainer's certificates with status and valid-until, given the file name or path", () => {
    const { trainer, cert, id } = ledger.find((e) => e.cert === 'instructor')!;
    // Revoke that certificate in a copy of content/, as staff would in the trainer's file.
    const dir = mkdtempSync(join(tmpdir(), 'ttt-certificates-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'trainers', `${trainer}.md`);
    const text = readFileSync(file, 'utf8');
    const revoked = text.replace(
      /(  - kind: instructor\n    awarded: (\S+)\n)/,
      '$1    revoked:\n      date: $2\n      reason: Test.\n',
    );
    expect(revoked).not.toBe(text);
    writeFileSync(file, revoked);

    const { status, stdout } = certificates({ CONTENT_DIR: dir }, `content/trainers/${trainer}.md`);
    expect(status).toBe(0);
    expect(stdout).toContain('Status on 2026-06-01:');
    const listed = stdout.split('\n').filter((line) => /^[A-Z]+-(CMA|INS)-/.test(line));
    expect(listed.map((line) => line.split(' ')[0])).toEqual(
      [...new Set(ledger.filter((e) => e.trainer === trainer).map((e) => e.id))].sort(),
    );
    expect(row(stdout, id)).toEqual([id, trainer, cert, 'revoked', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
  });

  it('says so for a file name that is not a trainer', () => {
    const { status, stderr } = certificates({}, 'nobody-here');
    expect(status).toBe(1);
    expect(stderr).toContain('No trainer file content/trainers/nobody-here.md.');
  });
});
