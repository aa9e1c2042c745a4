// `npm run check`: validate all content and print every problem in one run.
import { checkContent, formatProblem, untranslatedFields } from '../src/lib/site/content/check.ts';
import { contentDir, keysDir } from '../src/lib/site/content/config.ts';
import { imageContentProblems } from '../src/lib/site/content/images.ts';
import { buildDate } from '../src/lib/site/today.ts';
import { staleCredentials } from '../src/lib/certificates/credential.ts';
import { KeyError, readPublicKeys } from '../src/lib/certificates/keys.ts';
import { checkStatusList } from '../src/lib/certificates/status-list.ts';

const { content, problems } = checkContent(contentDir());
// Decoding images takes a moment, so the build's own reading of content leaves it to this command.
problems.push(...(await imageContentProblems(contentDir())));
// The signed revocation list against the published keys and the revocations in content, on the
// day the site is built.
let statusListWarning: string | undefined;
if (content) {
  try {
    const today = buildDate(content.settings.timeZone);
    const list = await checkStatusList(content, readPublicKeys(keysDir()), today, contentDir());
    problems.push(...list.problems);
    statusListWarning = list.warning;
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    // Its message already names the file: "keys/jwks.json: expected …".
    const [file = '', ...message] = error.message.split(': ');
    problems.push({ file, field: '', message: message.join(': ') });
  }
}
if (!content || problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content; nothing was built.`);
  process.exit(1);
}
console.log(
  `Content OK: ${content.trainers.length} trainers, ${content.cohorts.length} cohorts, ${content.modules.length} modules, ${content.ledger.length} ledger entries.`,
);
// A credential signed before its content changed (e.g. a delivery renewed an instructor) is not
// published until re-signed; the build still works without the key.
const stale = staleCredentials(content);
if (stale.length > 0)
  console.log(
    `Note: ${stale.length} credential(s) no longer match their record and are left out until "npm run issue" re-signs them: ${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ', …' : ''}`,
  );
if (statusListWarning) console.error(`Warning: ${statusListWarning}`);
for (const note of untranslatedFields(content)) console.log(`Untranslated: ${formatProblem(note)}`);
