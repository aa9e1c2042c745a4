// The logo, page pictures and trainer photos through the real `npm run check`: every kind of bad
// image named with its file, all in one run, no stack trace, and `npm run build` writing nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeContent, validFiles } from '../helpers/content-fixture.ts';

function check(contentDir: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A plain photo-like image: a gradient of the given size, in the given format. */
function image(width: number, height: number, format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) raw[i] = raw[i + 1] = (i / 3) % 256;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

/** The shared fixture plus binary files (paths inside the content folder). */
function contentWith(files: Record<string, Buffer | string>, changes: Record<string, string | null> = {}): string {
  const dir = makeContent(changes);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

let jpeg: Buffer;
let png: Buffer;
beforeAll(async () => {
  [jpeg, png] = await Promise.all([image(400, 500, 'jpeg'), image(400, 400, 'png')]);
});

describe('npm run check on images', () => {
  it('accepts a photo in each format, a logo and page pictures with their alt text', async () => {
    const dir = contentWith(
      {
        'trainers/ana-lopez.jpg': jpeg,
        'trainers/bo-berg.webp': await image(300, 300, 'webp'),
        'trainers/cy-cole.PNG': png,
        'logo.png': png,
        'images/home.svg':
          '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>',
      },
      {
        'trainers/bo-berg.md': '---\nname: Bo Berg\ncountry: SE\norganisation: O\n---\nBio.\n',
        'trainers/cy-cole.md': '---\nname: Cy Cole\ncountry: IE\norganisation: O\nlisted: false\n---\nBio.\n',
        'settings.yaml': validFiles['settings.yaml']!.replace('images:\n', 'images:\n  home: A drawing.\n'),
      },
    );
    const { status, stdout, stderr } = check(dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Content OK: 3 trainers');
  });

  it('names every bad image with what to do, all in one run, and no stack trace', async () => {
    const dir = contentWith({
      'trainers/ana-lopez.jpg': jpeg.subarray(0, jpeg.length / 2), // cut short
      'trainers/ana-lopez.png': png, // a second photo of one trainer
      'trainers/nobody.jpg': jpeg, // no trainer file
      'trainers/ana-lopez.gif': 'GIF89a', // a type the site does not take
      'trainers/notes.txt': 'not a photo',
      'logo.svg': 'this is not an SVG',
      'logo.bmp': 'BM',
      'images/home.jpg': jpeg, // no alt text in settings
      'images/banner.jpg': jpeg, // not a picture the site shows
    });
    const { status, stderr, stdout } = check(dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const root = dir;
    for (const line of [
      `${root}/trainers/ana-lopez.jpg: could not be read as an image (`,
      `${root}/trainers/ana-lopez.png: expected one photo per trainer; ana-lopez.jpg is one too`,
      `${root}/trainers/nobody.jpg: expected a trainer file ${root}/trainers/nobody.md beside this photo`,
      `${root}/trainers/ana-lopez.gif: expected a trainer file (.md) or a photo (.jpg, .jpeg, .png, .webp)`,
      `${root}/trainers/notes.txt: expected a trainer file (.md) or a photo`,
      `${root}/logo.svg: could not be read as an image (`,
      `${root}/logo.bmp: expected the logo as .svg, .jpg, .jpeg, .png, .webp`,
      `${root}/settings.yaml: images.home: missing: expected a sentence saying what ${root}/images/home.jpg shows`,
      `${root}/images/banner.jpg: expected home, programme or preview with one of .svg, .jpg, .jpeg, .png, .webp`,
    ])
      expect(stderr).toContain(line);
    expect(stderr).toMatch(/\n9 problems in content; nothing was built\.\n$/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    ['a PNG named .jpg', async () => png, 'expected a JPEG file, as its name says; it holds PNG'],
    [
      'a photo too small to look sharp',
      () => image(120, 160, 'jpeg'),
      'expected a photo of at least 200 × 200 pixels; found 120 × 160',
    ],
    ['too many pixels', () => image(8100, 250, 'jpeg'), 'expected at most 8000 pixels a side; found 8100 × 250'],
    ['a text file', async () => Buffer.from('hello'), 'could not be read as an image'],
  ])('reports %s', async (_, make, message) => {
    const { status, stderr } = check(contentWith({ 'trainers/ana-lopez.jpg': await make() }));
    expect(status).toBe(1);
    expect(stderr).toContain(`trainers/ana-lopez.jpg: ${message}`);
  });

  it('reports a second logo', () => {
    const { status, stderr } = check(contentWith({ 'logo.png': png, 'logo.webp': png }));
    expect(status).toBe(1);
    expect(stderr).toContain('logo.webp: expected one logo; logo.png is one too');
  });

  it('reports a file over 10 MB by its size', () => {
    const { status, stderr } = check(
      contentWith({ 'trainers/ana-lopez.jpg': Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024)]) }),
    );
    expect(status).toBe(1);
    expect(stderr).toContain('trainers/ana-lopez.jpg: expected an image of at most 10 MB; this one has 11.0 MB');
  });

  describe('the link preview picture', () => {
    const noPreview = { 'images/preview.svg': null };
    const drawing = (attributes: string, inside = '') =>
      `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${inside}<rect width="10" height="10"/></svg>`;

    it('is required, and named with the size to give it', () => {
      const { status, stderr } = check(contentWith({}, noPreview));
      expect(status).toBe(1);
      expect(stderr).toContain(
        'images/preview.*: missing: expected the picture link previews show, as .svg, .jpg, .jpeg, .png, .webp, like images/preview.jpg at 1200 × 630 pixels',
      );
    });

    it('needs its alt text in the settings, named by field', () => {
      const settings = validFiles['settings.yaml']!.replace(/images:\n.*\n/, '');
      const dir = contentWith({}, { 'settings.yaml': settings });
      const { status, stderr } = check(dir);
      expect(status).toBe(1);
      expect(stderr).toContain(
        `${dir}/settings.yaml: images.preview: missing: expected a sentence saying what ${dir}/images/preview.svg shows`,
      );
    });

    it.each([
      ['a photo', 'images/preview.jpg', () => image(1000, 630, 'jpeg'), 'found 1000 × 630'],
      [
        'a drawing',
        'images/preview.svg',
        async () => drawing('width="600" height="315"'),
        'found 600 × 315: give the drawing that size, like width="1200" height="630"',
      ],
    ])('may not be smaller than a link preview: %s', async (_, file, make, found) => {
      const { status, stderr } = check(contentWith({ [file]: await make() }, noPreview));
      expect(status).toBe(1);
      expect(stderr).toContain(
        `${file}: expected a picture of at least 1200 × 630 pixels, the size of a link preview; ${found}`,
      );
    });

    it('as a drawing, loads nothing from elsewhere', () => {
      const unsafe = drawing('width="1200" height="630"', '<image href="https://elsewhere.example/a.png"/>');
      const { status, stderr } = check(contentWith({ 'images/preview.svg': unsafe }));
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /images\/preview\.svg: expected a drawing with no script and nothing loaded from elsewhere/,
      );
    });

    it('is one file', async () => {
      const { status, stderr } = check(contentWith({ 'images/preview.jpg': await image(1200, 630, 'jpeg') }));
      expect(status).toBe(1);
      expect(stderr).toContain('images/preview.svg: expected one preview picture; images/preview.jpg is one too');
    });

    it('accepts a photo of the size of a link preview', async () => {
      const { status, stderr } = check(
        contentWith({ 'images/preview.jpg': await image(1600, 900, 'jpeg') }, noPreview),
      );
      expect(stderr).toBe('');
      expect(status).toBe(0);
    });
  });

  it('npm run build with a broken photo stops before writing anything', () => {
    const fingerprint = () =>
      existsSync('dist/index.html')
        ? createHash('sha256').update(readFileSync('dist/index.html')).digest('hex')
        : 'none';
    const before = fingerprint();
    const bad = contentWith({ 'trainers/ana-lopez.jpg': jpeg.subarray(0, 200) });
    const result = spawnSync('npm', ['run', 'build', '--silent'], {
      env: { ...process.env, CONTENT_DIR: bad },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('trainers/ana-lopez.jpg: could not be read as an image');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fingerprint()).toBe(before);
  });
});
