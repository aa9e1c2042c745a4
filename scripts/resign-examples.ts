// `node scripts/resign-examples.ts`: re-sign the fictional example ledger shipped in content/ in
// place, with a new example key whose private half exists only in memory during this run, and sign
// the revocation list with the same key. Run it again whenever what every example credential says
// changes (a new field in the credential format), then commit content/ and keys/jwks.json.
//
// Same IDs, claims, salts, status list indexes and issue times; new tokens, proofs and list. The
// keys that signed the old lines leave keys/jwks.json, since they sign nothing that remains. Real
// certificates are never re-signed this way (history is appended, by `npm run issue`): the script
// refuses a ledger that holds any certificate of a trainer not marked `example: true`.
import { renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importJWK, type CryptoKey } from 'jose';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { contentDir, keysDir } from '../src/lib/site/content/config.ts';
import { todayIn } from '../src/lib/site/dates.ts';
import type { LedgerEntry } from '../src/lib/site/schemas/index.ts';
import { buildCredential, credentialDigest, signCredential } from '../src/lib/certificates/credential.ts';
import {
  createSigningKey,
  jwksPath,
  readPublicKeys,
  writePublicKeys,
  type SigningKey,
} from '../src/lib/certificates/keys.ts';
import { readClaims } from '../src/lib/certificates/registry.ts';
import {
  revokedIndexes,
  signStatusList,
  statusIndexes,
  unusedStatusIndex,
  writeStatusList,
} from '../src/lib/certificates/status-list.ts';
import { signToken } from '../src/lib/certificates/token.ts';

async function main(): Promise<number> {
  const { content, problems } = checkContent(contentDir());
  if (!content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s) in content; nothing was re-signed.`);
    return 1;
  }
  const examples = new Set(content.trainers.filter((t) => t.example).map((t) => t.id));
  const real = [...new Set(content.ledger.filter((e) => !examples.has(e.trainer)).map((e) => e.id))];
  if (real.length > 0) {
    console.error(
      `Refused: the ledger holds certificates of trainers not marked "example: true" (${real.slice(0, 5).join(', ')}${real.length > 5 ? ', …' : ''}). Real certificates are re-signed by "npm run issue".`,
    );
    return 1;
  }

  // The new example key: generated here, used, and dropped with this process.
  const fresh = await createSigningKey();
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: String(fresh.privateJwk.x), d: String(fresh.privateJwk.d) } as const;
  const signing: SigningKey = { kid: fresh.kid, key: (await importJWK(jwk, 'EdDSA')) as CryptoKey, jwk };
  const { siteUrl } = content.settings;

  const firstIndex = statusIndexes(content.ledger);
  const used = new Set(firstIndex.values());
  const ledger: LedgerEntry[] = [];
  for (const old of content.ledger) {
    const claims = readClaims(old.token);
    let statusIndex = firstIndex.get(old.id);
    if (statusIndex === undefined) {
      statusIndex = unusedStatusIndex(used);
      used.add(statusIndex);
      firstIndex.set(old.id, statusIndex);
    }
    const entry: LedgerEntry = {
      id: old.id,
      trainer: old.trainer,
      cert: old.cert,
      awarded: old.awarded,
      kid: signing.kid,
      token: await signToken(claims, signing.key, signing.kid),
      salt: old.salt,
      statusIndex,
      issuedAt: old.issuedAt,
    };
    const unsigned = buildCredential(content, entry, claims.name);
    if (unsigned)
      entry.credential = {
        sha256: credentialDigest(unsigned),
        proof: await signCredential(unsigned, signing, siteUrl, old.issuedAt),
      };
    ledger.push(entry);
  }

  const now = new Date();
  const resigned = { ...content, ledger };
  const today = todayIn(content.settings.timeZone, now);
  const list = await signStatusList(resigned, signing, today, now.toISOString());

  const path = join(contentDir(), 'ledger.jsonl');
  writeFileSync(`${path}.tmp`, ledger.map((e) => JSON.stringify(e)).join('\n') + '\n');
  renameSync(`${path}.tmp`, path);
  writeStatusList(contentDir(), list);
  const oldKids = new Set(content.ledger.map((e) => e.kid));
  const published = readPublicKeys(keysDir()).keys;
  writePublicKeys(keysDir(), { keys: [...published.filter((k) => !oldKids.has(k.kid)), fresh.publicJwk] });

  const show = (path: string) => relative(process.cwd(), path) || path;
  const revoked = [...revokedIndexes(resigned, today).values()];
  const dropped = published.filter((k) => oldKids.has(k.kid)).map((k) => k.kid);
  console.log(`Re-signed ${ledger.length} example ledger line(s) with the new example key ${signing.kid}.`);
  console.log(
    `Signed the revocation list with it: ${revoked.length} revoked${revoked.length ? ` (${revoked.join(', ')})` : ''}.`,
  );
  console.log(
    `${show(jwksPath(keysDir()))}: added ${signing.kid}${dropped.length ? `, removed ${dropped.join(', ')}` : ''}.`,
  );
  console.log(`Its private half was never written. Commit ${show(contentDir())}/ and the key set.`);
  return 0;
}

process.exitCode = await main();
