// An issued certificate never disappears: removing its trainer file, its certification entry or
// the certification itself fails `npm run check` with a message that says to revoke instead.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueWithNewKey, makeCertContent, readLedger, runScript, tempDir } from '../helpers/certificates.ts';

/** A content folder with every certificate issued, copied fresh for each case. */
let issued = '';
let keys = '';

beforeAll(() => {
  issued = makeCertContent();
  keys = tempDir('keys');
  const env = { CONTENT_DIR: issued, KEYS_DIR: keys, CERTIFICATES_DIR: tempDir('certs') };
  issueWithNewKey(env);
  expect(readLedger(issued).some((e) => e.trainer === 'greta-expired')).toBe(true);
});

function checkAfter(change: (dir: string) => void) {
  const dir = tempDir('content');
  cpSync(issued, dir, { recursive: true });
  change(dir);
  return runScript('check', [], { CONTENT_DIR: dir });
}

describe('ledger safety', () => {
  it('the issued content passes the check', () => {
    expect(runScript('check', [], { CONTENT_DIR: issued }).code).toBe(0);
  });

  it('deleting a trainer file with issued certificates fails and says to revoke instead', () => {
    const run = checkAfter((dir) => rmSync(join(dir, 'trainers/greta-expired.md')));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /trainers\/greta-expired\.md: missing: certificate TEST-(CMA|INS)-\d{4}-\d{4} was issued/,
    );
    expect(run.stderr).toMatch(/revoked/);
  });

  it('deleting an issued certification entry from a trainer file fails and says to revoke instead', () => {
    const run = checkAfter((dir) => {
      const file = join(dir, 'trainers/greta-expired.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/ {2}- \{ kind: instructor.*\n/, ''));
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/greta-expired\.md: line \d+: certifications: .*"instructor".*revoked instead/);
  });

  it('deleting a certification that certificates were issued for fails', () => {
    const run = checkAfter((dir) => rmSync(join(dir, 'certifications/instructor.yaml')));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/certifications\/instructor\.yaml: missing: certificate .* revoked, never deleted/);
  });

  it('a ledger line whose token says something else fails the check', () => {
    const run = checkAfter((dir) => {
      const path = join(dir, 'ledger.jsonl');
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      const [first, second] = lines.map((line) => JSON.parse(line) as { token: string });
      lines[0] = JSON.stringify({ ...first, token: second!.token });
      writeFileSync(path, lines.join('\n') + '\n');
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ledger\.jsonl: line 1: token: expected the token of TEST-/);
  });
});
