/**
 * The verify input's decoders in Node, for `npm run verify` (Node only): the page's own pdf.js, in
 * the legacy build that runs on Node 24, drawing on the canvas it brings (@napi-rs/canvas), and the
 * page's own ZXing WebAssembly reader; sharp turns a PNG, JPEG or WebP file into pixels, scaled as
 * the browser's canvas scales them. Each loads on first use, so checking a token loads none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MAX_IMAGE_SIDE, QR_READER_OPTIONS, type Decoders, type Pixels } from './verify-input.ts';

let zxing: Promise<typeof import('zxing-wasm/reader')> | undefined;

/** ZXing, with its WebAssembly read from node_modules rather than fetched. */
function loadZxing() {
  zxing ??= import('zxing-wasm/reader').then((module) => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
    module.prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length) },
    });
    return module;
  });
  return zxing;
}

async function imagePixels(image: Blob): Promise<Pixels> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(new Uint8Array(await image.arrayBuffer()))
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

export const nodeDecoders: Decoders = {
  pdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  async decodeQr(image) {
    const [{ readBarcodes }, pixels] = await Promise.all([
      loadZxing(),
      image instanceof Blob ? imagePixels(image) : image,
    ]);
    // ZXing reads only `data`, `width` and `height` of an ImageData.
    const results = await readBarcodes(pixels as ImageData, QR_READER_OPTIONS);
    return results.filter((result) => result.isValid).map((result) => result.text);
  },
};
