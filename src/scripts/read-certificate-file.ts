/**
 * Reads a certificate from a file the reader chose, entirely in the browser: the token embedded in
 * an issued PDF, else the QR code of the first page of any other PDF (rendered with pdf.js) or of a
 * photo or scan. Loaded only when a reader picks a file; nothing is uploaded.
 */
import { embeddedToken, MAX_FILE_BYTES, sniffFileKind, TOKEN_INFO_KEY } from '../lib/certificates/certificate-file.ts';
import { registryCode } from '../lib/certificates/verify-input.ts';
import { decodeQr } from './decode-qr.ts';

export type FileReading =
  { token: string; page?: string } | { problem: 'too-large' | 'not-supported' | 'no-code' | 'unreadable' };

/** Pixels on the longest side a PDF page is rendered at: ~4 px per module for a 42 mm QR code. */
const PDF_RENDER_SIDE = 2400;

/** The first page of a PDF as pixels, or the token pdf.js finds in its document information. */
async function renderFirstPage(bytes: Uint8Array): Promise<ImageData | { token: string }> {
  const [pdfjs, { default: workerSrc }] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  // No system fonts and no font or CMap files fetched: the page only has to be good enough to decode.
  const task = pdfjs.getDocument({
    data: bytes,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const { info } = (await document.getMetadata()) as { info?: { Custom?: Record<string, unknown> } };
    const custom = info?.Custom?.[TOKEN_INFO_KEY];
    if (typeof custom === 'string' && custom) return { token: custom };
    const page = await document.getPage(1);
    const unit = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: PDF_RENDER_SIDE / Math.max(unit.width, unit.height) });
    const canvas = window.document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    return context.getImageData(0, 0, canvas.width, canvas.height);
  } finally {
    await task.destroy();
  }
}

/** The first registry code among decoded QR texts. */
function firstRegistryCode(texts: string[]): FileReading {
  for (const text of texts) {
    const code = registryCode(text);
    if (code) return code;
  }
  return { problem: 'no-code' };
}

/**
 * The token a certificate file carries, or why none could be read.
 *
 * @example const reading = await readCertificateFile(input.files[0]);
 */
export async function readCertificateFile(file: Blob): Promise<FileReading> {
  if (file.size > MAX_FILE_BYTES) return { problem: 'too-large' };
  const kind = sniffFileKind(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!kind) return { problem: 'not-supported' };
  try {
    if (kind !== 'pdf') return firstRegistryCode(await decodeQr(file));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const token = embeddedToken(bytes);
    if (token) return { token };
    const page = await renderFirstPage(bytes);
    return 'token' in page ? page : firstRegistryCode(await decodeQr(page));
  } catch {
    return { problem: 'unreadable' };
  }
}
