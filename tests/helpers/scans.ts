// What an employer may hold instead of the issued PDF, made at run time from a real one: a page
// rendered by poppler, a rotated JPEG scan (drawn by Chromium), an image-only PDF of that scan,
// and a y4m video for Chromium's fake camera. Shared by the browser tests and the benchmark.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';

/** Page 1 of a PDF as a PNG at `dpi`, rendered by poppler into `dir`; returns its path. */
export function rasterise(pdf: string, dpi: number, dir: string): string {
  const out = join(dir, `page-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', '1', '-l', '1', pdf, out]);
  return `${out}.png`;
}

/** A scan as a scanner or a phone makes it: rotated a few degrees and JPEG-compressed, drawn by Chromium. */
export async function rotatedJpeg(browser: Browser, png: string, degrees: number, quality: number): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const dataUrl = await page.evaluate(
      async ({ source, degrees, quality }) => {
        const image = new Image();
        image.src = source;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.translate(canvas.width / 2, canvas.height / 2);
        context.rotate((degrees * Math.PI) / 180);
        context.drawImage(image, -image.width / 2, -image.height / 2);
        return canvas.toDataURL('image/jpeg', quality);
      },
      { source: `data:image/png;base64,${readFileSync(png).toString('base64')}`, degrees, quality },
    );
    return Buffer.from(dataUrl.split(',')[1]!, 'base64');
  } finally {
    await page.close();
  }
}

/** A PDF holding only an image, as "scan to PDF" makes: no text, no embedded token. */
export async function imageOnlyPdf(jpeg: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  const page = doc.addPage([842, 595]);
  page.drawImage(image, { x: 0, y: 0, width: 842, height: 595 });
  return doc.save();
}

/**
 * A y4m video (I420 frames, grey) of the lower right of a page, where the QR code is, for
 * Chromium's fake camera: what a phone held over the certificate sees. Returns its path.
 */
export function cameraVideo(png: string, dir: string, width = 1280, height = 720, frames = 10): string {
  const image = PNG.sync.read(readFileSync(png));
  const left = image.width - width;
  const top = image.height - height;
  const luma = Buffer.alloc(width * height);
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      const i = ((top + row) * image.width + left + col) * 4;
      luma[row * width + col] = Math.round(
        0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!,
      );
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const video = join(dir, 'camera.y4m');
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(video, Buffer.concat([header, ...Array<Buffer>(frames).fill(frame)]));
  return video;
}
