/**
 * Decodes QR codes off the main thread, so a large photo never freezes the page. Receives an image
 * file (Blob) or pixels (ImageData); answers with the text of every QR code found, or an error message.
 * ZXing's WebAssembly build comes from the site itself, never from a CDN.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { MAX_IMAGE_SIDE, QR_READER_OPTIONS, type Pixels } from '../lib/certificates/verify-input.ts';

// The WebAssembly is fetched and compiled as soon as the worker starts, before the first image
// arrives; a failure shows when that image is decoded.
prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
  fireImmediately: true,
}).catch(() => undefined);

async function toImageData(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}

self.onmessage = async (event: MessageEvent<Blob | Pixels>) => {
  try {
    // A frame or a PDF page comes as ImageData; ZXing reads only its `data`, `width` and `height`.
    const image = event.data instanceof Blob ? await toImageData(event.data) : (event.data as ImageData);
    const results = await readBarcodes(image, QR_READER_OPTIONS);
    self.postMessage({ texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
