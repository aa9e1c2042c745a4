/**
 * Decodes QR codes off the main thread, so a large photo never freezes the page. Receives an image
 * file (Blob) or ImageData; answers with the text of every QR code found, or an error message.
 * ZXing's WebAssembly build comes from the site itself, never from a CDN.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** Longest side an image is decoded at: a phone photo is scaled down, keeping ~4 px per QR module. */
const MAX_SIDE = 3200;

prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
});

async function toImageData(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}

self.onmessage = async (event: MessageEvent<Blob | ImageData>) => {
  try {
    const image = event.data instanceof Blob ? await toImageData(event.data) : event.data;
    const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
    self.postMessage({ texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
