// Build step: render a PDF for every certificate in the ledger into certificates/ (no private key needed).
import { relative } from 'node:path';
import { renderLedger } from '../src/lib/certificates/render.ts';
import { checkContent, formatProblem } from '../src/lib/site/content/check.ts';
import { certificatesDir, contentDir } from '../src/lib/site/content/config.ts';
import { CertificateError } from '../src/lib/certificates/pdf/layout.ts';
import { en } from '../src/i18n/en.ts';
import { progressLine } from './lib/progress.ts';

async function main(): Promise<number> {
  const { content, problems } = checkContent(contentDir());
  if (!content) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s) in content; no certificates were rendered.`);
    return 1;
  }
  const dir = certificatesDir();
  const started = performance.now();
  const { rendered, reused } = await renderLedger(
    content,
    dir,
    en.certificates.pdf,
    progressLine('Rendering certificates'),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Certificates in ${relative(process.cwd(), dir) || dir}/: ${rendered} rendered, ${reused} unchanged (${seconds} s).`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof CertificateError ? message : `render-certificates: ${message}`);
  process.exitCode = 1;
}
