// `npm run issue`: sign every certification without a ledger entry (and re-sign those whose key was
// `npm run issue`: sign every certification without a ledger entry (and re-sign those whose key was
// withdrawn, whose name changed or whose credential is out of date), append to the ledger, sign the
// revocation list again when content changed it, and write each holder's pack (PDF, credential,
// baked badge, draft e-mail). Never prints key material, nor a holder's address.
import { relative } from 'node:path';
import { ADDRESSES_FILE, readAddresses } from '../src/lib/certificates/addresses.ts';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { certificatesDir, contentDir, keysDir } from '../src/lib/site/content/config.ts';
import { issueCertificates, planIssuance } from '../src/lib/certificates/issue.ts';
import { STATUS_LIST_FILE } from '../src/lib/certificates/credential.ts';
import { statusListReason } from '../src/lib/certificates/status-list.ts';
import { todayIn } from '../src/lib/site/dates.ts';
import { KeyError, loadSigningKey, readPublicKeys } from '../src/lib/certificates/keys.ts';
import { en } from '../src/i18n/en.ts';
import { progressLine } from './lib/progress.ts';
import { CertificateError, qrTargetExceeded } from '../src/lib/certificates/pdf/layout.ts';

const LIST_REASONS = {
  missing: 'the first one',
  moved: "the site's address changed",
  'withdrawn-key': 'its key was withdrawn',
  changed: 'revocations changed',
};

/** Beyond this many, new certificates are not listed one by one (the ledger has them all). */
const LISTED = 20;

const REASONS = {
  new: 'new',
  'withdrawn-key': 're-signed: its key was withdrawn',
  changed: 're-signed: name or date changed',
  'no-status': 're-signed: its credential gains its place in the revocation list, so wallets can learn of a revocation',
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
  const now = new Date();
  if (plan.length === 0 && !(await statusListReason(content, published, todayIn(content.settings.timeZone, now)))) {
    console.log(
      'Nothing to issue: every certification already has a ledger entry, and the revocation list is current.',
    );
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
  const { issued, statusList } = await issueCertificates(content, plan, signing, {
    contentDir: contentDir(),
    certificatesDir: output,
    now,
    words: en.certificates.pdf,
    addresses,
    publishedKids: published,
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
  const contentFolder = relative(process.cwd(), contentDir()) || '.';
  if (issued.length > 0) {
    console.log(
      `Issued ${issued.length} certificate(s) with key ${signing.kid}: ledger ${contentFolder}/ledger.jsonl, PDFs in ${folder}/.`,
    );
    const unaddressed = issued.filter(({ planned }) => !addresses.has(planned.trainer)).length;
    console.log(
      `Holder packs: ${folder}/<ID>.eml, a draft e-mail for each (PDF, credential and badge attached); open one to check and send it.` +
        (unaddressed > 0
          ? ` ${unaddressed} have no recipient yet: fill it in when you open the draft (or list holders in ${folder}/${ADDRESSES_FILE} before issuing).`
          : ''),
    );
  }
  if (statusList) {
    const revoked = statusList.revoked.length;
    console.log(
      `Signed the revocation list with key ${signing.kid} (${LIST_REASONS[statusList.reason]}): ${contentFolder}/${STATUS_LIST_FILE}, ${revoked} certificate(s) revoked${revoked ? `: ${statusList.revoked.slice(0, LISTED).join(', ')}${revoked > LISTED ? ', …' : ''}` : ''}.`,
    );
  }
  console.log('Commit the ledger and the revocation list, then rebuild and deploy.');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof KeyError || error instanceof CertificateError;
  console.error(known ? error.message : `issue: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
