// `npm run issue`: sign every certification without a ledger entry (and re-sign those whose key was
// withdrawn or whose name changed), append to the ledger and write each holder's pack (PDF,
// credential, baked badge, draft e-mail). Never prints key material, nor a holder's address.
import { relative } from 'node:path';
import { ADDRESSES_FILE, readAddresses } from '../src/lib/certificates/addresses.ts';
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
  const output = certificatesDir();
  // Read before anything is signed: a wrong line stops the run with nothing issued.
  const { addresses, problems: addressProblems } = readAddresses(output, new Set(content.trainers.map((t) => t.id)));
  if (addressProblems.length > 0) {
    for (const problem of addressProblems) console.error(formatProblem(problem));
    console.error(`\n${addressProblems.length} problem(s) in ${ADDRESSES_FILE}; nothing was issued.`);
    return 1;
  }
  const signing = await loadSigningKey(keysDir());
  const progress = {
    signing: progressLine('Signing'),
    rendering: progressLine('Rendering PDFs'),
    packing: progressLine('Writing badges and e-mails'),
  };
  const issued = await issueCertificates(content, plan, signing, {
    contentDir: contentDir(),
    certificatesDir: output,
    words: en.certificates.pdf,
    addresses,
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
  const folder = relative(process.cwd(), output) || output;
  console.log(
    `Issued ${issued.length} certificate(s) with key ${signing.kid}: ledger ${relative(process.cwd(), contentDir()) || '.'}/ledger.jsonl, PDFs in ${folder}/.`,
  );
  const unaddressed = issued.filter(({ planned }) => !addresses.has(planned.trainer)).length;
  console.log(
    `Holder packs: ${folder}/<ID>.eml, a draft e-mail for each (PDF, credential and badge attached); open one to check and send it.` +
      (unaddressed > 0
        ? ` ${unaddressed} have no recipient yet: fill it in when you open the draft (or list holders in ${folder}/${ADDRESSES_FILE} before issuing).`
        : ''),
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
