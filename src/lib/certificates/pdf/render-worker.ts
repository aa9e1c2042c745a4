// A worker thread of `renderLedger`: renders the certificates it is given into a folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCertificateFonts, renderCertificatePdf, type CertificateInput } from './layout.ts';

const { inputs, dir } = workerData as { inputs: CertificateInput[]; dir: string };
try {
  const fonts = loadCertificateFonts();
  let count = 0;
  for (const input of inputs) {
    writeFileSync(join(dir, `${input.id}.pdf`), await renderCertificatePdf(input, fonts));
    if (++count % 25 === 0) parentPort?.postMessage({ progress: 25 });
  }
  parentPort?.postMessage({ progress: count % 25 });
  parentPort?.postMessage({ done: inputs.length });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
