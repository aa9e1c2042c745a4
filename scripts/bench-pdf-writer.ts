// `npm run bench:pdf-writer`: keeps the one exception to "a library before our own code" honest.
// Renders the same certificate with our small PDF writer (src/lib/certificates/pdf/) and with
// pdf-lib drawing the same text in the same fonts (subset), the same QR code and the same
// attachment, and prints time per PDF and size for each. ARCHITECTURE.md quotes the figures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { en } from '../src/i18n/en.ts';
import {
  certificateQr,
  loadCertificateFonts,
  qrUrl,
  renderCertificatePdf,
} from '../src/lib/certificates/pdf/layout.ts';
import { certificateInput } from '../src/lib/certificates/render.ts';
import { latestLedgerEntries } from '../src/lib/certificates/registry.ts';
import { checkContent } from '../src/lib/site/content/check.ts';
import { contentDir } from '../src/lib/site/content/config.ts';

const ROUNDS = Number(process.argv[2] ?? 200);

const { content } = checkContent(contentDir());
if (!content) throw new Error('content has problems: run npm run check');
const entry = [...latestLedgerEntries(content.ledger).values()].find((e) => e.credential) ?? content.ledger[0];
if (!entry) throw new Error('the ledger is empty: nothing to render');
const input = certificateInput(content, entry, en.certificates.pdf);
const fonts = loadCertificateFonts();
const fontDir = createRequire(import.meta.url)
  .resolve('dejavu-fonts-ttf/package.json')
  .replace(/package\.json$/, 'ttf/');
const serifBytes = readFileSync(fontDir + 'DejaVuSerif.ttf');
const boldBytes = readFileSync(fontDir + 'DejaVuSerif-Bold.ttf');

/** The same page drawn with pdf-lib: every line of text, the frame, the QR code, the attachment. */
async function withPdfLib(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const serif = await doc.embedFont(serifBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  const page = doc.addPage([841.89, 595.28]);
  const ink = rgb(0.13, 0.13, 0.15);
  page.drawRectangle({ x: 22, y: 22, width: 797.89, height: 551.28, borderWidth: 2.5, borderColor: ink });
  const words = input.words;
  const lines: [string, number, typeof serif, number][] = [
    [input.foundation.toUpperCase(), 513, serif, 11],
    [words.programme, 495, serif, 10],
    [words.heading.toUpperCase(), 445, bold, 30],
    [words.certifies, 410, serif, 14],
    [input.name, 358, bold, 36],
    [words.awardedThe, 315, serif, 14],
    [input.title, 283, bold, 22],
    [input.awardedFor, 259, serif, 11],
    [words.awardedOn, 230, serif, 11],
    [words.certificateId, 128, serif, 8],
    [input.id, 112, serif, 13],
    [words.verifyAt, 90, serif, 8],
    [words.qrHint, 60, serif, 7.5],
  ];
  for (const [text, y, font, size] of lines) page.drawText(text, { x: 62, y, font, size, color: ink });
  const qr = certificateQr(qrUrl(input.siteUrl, input.id, input.token), input.source);
  const { size, data } = qr.modules;
  const module = 2;
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      if (data[row * size + col])
        page.drawRectangle({ x: 600 + col * module, y: 200 - row * module, width: module, height: module });
  if (input.credential) await doc.attach(new TextEncoder().encode(input.credential), 'credential.json');
  doc.setTitle(`${input.title} — ${input.name}`);
  return doc.save({ useObjectStreams: false });
}

async function measure(label: string, render: () => Promise<Uint8Array>) {
  for (let i = 0; i < 10; i++) await render(); // warm-up: fonts parsed, code compiled
  let bytes = 0;
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) bytes = (await render()).length;
  const ms = (performance.now() - start) / ROUNDS;
  console.log(`${label.padEnd(12)} ${ms.toFixed(1).padStart(7)} ms/PDF  ${(bytes / 1024).toFixed(1).padStart(6)} KB`);
  return ms;
}

console.log(`One certificate (${input.id}), ${ROUNDS} renders each, one thread:`);
const ours = await measure('our writer', () => renderCertificatePdf(input, fonts));
const library = await measure('pdf-lib', withPdfLib);
console.log(`pdf-lib takes ${(library / ours).toFixed(0)}× as long.`);
