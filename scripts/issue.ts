// `npm run issue`: sign every certification without a ledger entry (and re-sign those whose key was
// withdrawn or whose name changed), append to the ledger and write the PDFs. Never prints key material.
import { relative } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { certificatesDir, contentDir, keysDir } from '../src/lib/site/content/config.ts';
import { issueCertificates, planIssuance } from '../src/lib/certificates/issue.ts';
import { KeyError, loadSigningKey, readPublicKeys } from '../src/lib/certificates/keys.ts';
import { en } from '../src/i18n/en.ts';
import { progressLine } from './lib/progress.ts';
import { CertificateError, qrTargetExceeded } from '../src/lib/certificates/pdf/layout.ts';

/** Beyond this many, new certificates are not listed one by one (the ledger has them all). */
const LISTED = 20;

const REASONS = {
  new: 'new',
  'withdrawn-key': 're-signed: its key was withdrawn',
  changed: 're-signed: name or date changed',
  'credential-changed': 're-signed: its credential is out of date (validity renewed or wording changed)',
};

async function main(): Promise<number> {
  const { content, problems } = checkContent(contentDir());
  if (!content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s) in content; nothing was issued.`);
    return 1;
  }
  const published = new Set(readPublicKeys(keysDir()).keys.map((k) => k.kid));
  const plan = planIssuance(content, published);
  if (plan.length === 0) {
    console.log('Nothing to issue: every certification already has a ledger entry.');
    return 0;
  }
  const signing = await loadSigningKey(keysDir());
  const output = certificatesDir();
  const progress = { signing: progressLine('Signing'), rendering: progressLine('Rendering PDFs') };
  const issued = await issueCertificates(content, plan, signing, {
    contentDir: contentDir(),
    certificatesDir: output,
    words: en.certificates.pdf,
    onProgress: (step, done, total) => progress[step](done, total),
  });
  // Every new certificate is in the ledger; a long run lists the first ones and every warning.
  issued.forEach(({ entry, planned }, index) => {
    const large = qrTargetExceeded(content.settings.siteUrl, entry.id, entry.token);
    if (index < LISTED || large)
      console.log(`${entry.id}  ${planned.file}  ${entry.cert}  (${REASONS[planned.reason]})`);
    if (large)
      console.warn(
        `  note: the name is long enough that the QR code exceeds version 15; it is printed larger to stay easy to scan`,
      );
  });
  if (issued.length > LISTED) console.log(`… ${issued.length - LISTED} more listed in the ledger.`);
  console.log(
    `Issued ${issued.length} certificate(s) with key ${signing.kid}: ledger ${relative(process.cwd(), contentDir()) || '.'}/ledger.jsonl, PDFs in ${relative(process.cwd(), output) || output}/.`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof KeyError || error instanceof CertificateError;
  console.error(known ? error.message : `issue: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
