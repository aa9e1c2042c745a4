// `npm run keys -- new | withdraw <kid> | list`: manage certificate signing keys. Prints key IDs, never key material.
import { existsSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from '../src/lib/site/content/check.ts';
import { contentDir, keysDir } from '../src/lib/site/content/config.ts';
import {
  createSigningKey,
  jwksPath,
  KeyError,
  readPublicKeys,
  savePrivateKey,
  writePublicKeys,
} from '../src/lib/certificates/keys.ts';
import { latestLedgerEntries } from '../src/lib/certificates/registry.ts';

const USAGE = 'Usage: npm run keys -- new | withdraw <kid> | list';
const show = (path: string) => relative(process.cwd(), path) || path;

/** Latest ledger lines per key ID (empty when the content cannot be read). */
function certificatesByKey(): Map<string, number> {
  const counts = new Map<string, number>();
  const { content } = checkContent(contentDir());
  for (const entry of latestLedgerEntries(content?.ledger ?? []).values())
    counts.set(entry.kid, (counts.get(entry.kid) ?? 0) + 1);
  return counts;
}

async function main(args: string[]): Promise<number> {
  const dir = keysDir();
  const [command, kid] = args;
  if (command === 'new') {
    const set = readPublicKeys(dir);
    const key = await createSigningKey();
    const path = savePrivateKey(dir, key.kid, key.privateJwk);
    writePublicKeys(dir, { keys: [...set.keys.filter((k) => k.kid !== key.kid), key.publicJwk] });
    console.log(`Created signing key ${key.kid}.`);
    console.log(`  private half: ${show(path)} (mode 0600; git ignores it; keep it secret and backed up)`);
    console.log(`  public half:  added to ${show(jwksPath(dir))} (commit it; the site publishes it)`);
    console.log('New certificates are now signed with this key; older ones keep verifying with theirs.');
    return 0;
  }
  if (command === 'withdraw') {
    if (!kid) {
      console.error(USAGE);
      return 2;
    }
    const set = readPublicKeys(dir);
    if (!set.keys.some((k) => k.kid === kid)) {
      console.error(
        `Key ${kid} is not in ${show(jwksPath(dir))}; published keys: ${set.keys.map((k) => k.kid).join(', ') || 'none'}`,
      );
      return 1;
    }
    writePublicKeys(dir, { keys: set.keys.filter((k) => k.kid !== kid) });
    const privatePath = join(dir, 'private', `${kid}.jwk`);
    if (existsSync(privatePath)) renameSync(privatePath, `${privatePath}.withdrawn`);
    const count = certificatesByKey().get(kid) ?? 0;
    console.log(
      `Withdrew key ${kid}: it is no longer published, so the ${count} certificate(s) it signed stop verifying.`,
    );
    console.log(
      'Run "npm run issue" to re-sign them with the current key (same IDs, new PDFs), then rebuild and deploy.',
    );
    return 0;
  }
  if (command === 'list') {
    const counts = certificatesByKey();
    const set = readPublicKeys(dir);
    if (set.keys.length === 0) console.log(`No published keys in ${show(jwksPath(dir))}.`);
    for (const k of set.keys) {
      const local = existsSync(join(dir, 'private', `${k.kid}.jwk`)) ? 'private half here' : 'public only';
      console.log(`${k.kid}  ${local}  ${counts.get(k.kid) ?? 0} certificate(s)`);
    }
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(
    error instanceof KeyError ? error.message : `keys: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
