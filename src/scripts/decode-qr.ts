/**
 * QR decoding for the verifier, loaded only when a reader chooses a file or the camera: ZXing in a
 * worker (see qr-worker.ts), and for the camera the browser's own BarcodeDetector where it has one.
 */
import { DecoderUnavailable, type Pixels } from '../lib/certificates/verify-input.ts';

/** Longest a decode may take before the worker is stopped and the reader told. */
const DECODE_TIMEOUT_MS = 10_000;

let worker: Worker | undefined;

/** Stops the worker; the next decode starts a new one. */
function stop() {
  worker?.terminate();
  worker = undefined;
}

/**
 * Starts the decoder's worker, which fetches ZXing's WebAssembly at once: called as soon as a file
 * is chosen, so that it loads while the file is read and a PDF rendered. One that fails to start
 * is dropped, and the next decode starts another.
 */
export function startDecoder(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
    };
  }
  return worker;
}

/**
 * The text of every QR code in an image file or frame; throws on timeout or an undecodable image,
 * and `DecoderUnavailable` when the worker cannot start (offline): the next call tries again.
 */
export function decodeQr(image: Blob | Pixels): Promise<string[]> {
  const current = startDecoder();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('timeout'));
    }, DECODE_TIMEOUT_MS);
    current.onmessage = (event: MessageEvent<{ texts?: string[]; error?: string }>) => {
      clearTimeout(timer);
      if (event.data.texts) resolve(event.data.texts);
      else reject(new Error(event.data.error ?? 'decode failed'));
    };
    current.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      stop();
      reject(new DecoderUnavailable(event.message || 'decoder failed to start'));
    };
    current.postMessage(image);
  });
}

interface NativeDetector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

/** The browser's BarcodeDetector for QR codes, where it exists (not in headless Chromium on Linux). */
export async function nativeQrDetector(): Promise<NativeDetector | undefined> {
  const Detector = (
    globalThis as unknown as {
      BarcodeDetector?: { new (o: { formats: string[] }): NativeDetector; getSupportedFormats(): Promise<string[]> };
    }
  ).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code')
      ? new Detector({ formats: ['qr_code'] })
      : undefined;
  } catch {
    return undefined;
  }
}
