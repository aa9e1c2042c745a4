/**
 * Reads a certificate from a file the reader chose, entirely in the browser, with the one reader
 * (`readVerifyFile`) and the browser's decoders: pdf.js with its worker, ZXing in a worker. Loaded
 * only when a reader picks a file; nothing is uploaded.
 */
import { DecoderUnavailable, readVerifyFile, type Decoders } from '../lib/certificates/verify-input.ts';
import { decodeQr, startDecoder } from './decode-qr.ts';

// Every file needs the QR decoder: it loads while the file is read and a PDF rendered.
startDecoder();

const decoders: Decoders = {
  async pdfjs() {
    try {
      const [pdfjs, { default: workerSrc }] = await Promise.all([
        import('pdfjs-dist'),
        import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
      ]);
      pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
      return pdfjs;
    } catch {
      throw new DecoderUnavailable('pdf.js could not be loaded');
    }
  },
  decodeQr,
};

/**
 * What a certificate file amounts to: the code to judge, or why there is none.
 *
 * @example const request = await readCertificateFile(input.files[0]);
 */
export function readCertificateFile(file: Blob) {
  return readVerifyFile(file, decoders);
}
