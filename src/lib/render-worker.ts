// A worker thread of `renderLedger`: renders the certificates it is given into a folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCertificateFonts, renderCertificatePdf, type CertificateInput } from './pdf.ts';

const { inputs, dir } = workerData as { inputs: CertificateInput[]; dir: string };
try {
  const fonts = loadCertificateFonts();
  for (const input of inputs) writeFileSync(join(dir, `${input.id}.pdf`), await renderCertificatePdf(input, fonts));
  parentPort?.postMessage({ done: inputs.length });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
