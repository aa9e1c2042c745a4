// Images staff put in content/, found by file name: the logo, the page pictures, trainer photos
// and the certifications' badges.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { displayRoot, type Problem } from './files.ts';
import { SITE_PREVIEW_PIXELS } from '../link-preview.ts';
import { svgProblems } from './svg-safety.ts';

/** What a trainer photo may be (`content/trainers/<id>.jpg`); the check names them in this order. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];
/** The logo and page pictures may also be drawings (SVG). */
export const PICTURE_EXTENSIONS = ['.svg', ...PHOTO_EXTENSIONS];
/** The pictures pages show, in `content/images/`, by file name without extension; their alt text is in settings. */
export const PAGE_IMAGES = ['home', 'programme'] as const;
export type PageImage = (typeof PAGE_IMAGES)[number];
/** The picture of link previews (`content/images/preview.*`), on every page without one of its own. Required. */
export const PREVIEW_IMAGE = 'preview';
/** Every picture in `content/images/`. */
export const SITE_IMAGES = [...PAGE_IMAGES, PREVIEW_IMAGE] as const;
export type SiteImage = (typeof SITE_IMAGES)[number];

/** Above this, an image is not a web image yet: staff get a problem, not a slow build. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Longest side in pixels of any image, and the shortest side of a photo. */
export const MAX_IMAGE_PIXELS = 8000;
export const MIN_PHOTO_PIXELS = 200;
/** A badge is published as it is and drawn on record pages: a plain drawing is a few KB. */
export const MAX_BADGE_BYTES = 1024 * 1024;

/** Names in a folder that are not hidden or set aside (`_draft.md`), sorted. */
function visibleFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
        .sort()
    : [];
}

/** The first file named `<name>.<one of extensions>` in `dir` (any letter case), or undefined. */
function fileNamed(dir: string, name: string, extensions: string[]): string | undefined {
  return visibleFiles(dir).find(
    (file) => extensions.includes(extname(file).toLowerCase()) && file.slice(0, -extname(file).length) === name,
  );
}

/** Photos by trainer ID, as file names in `content/trainers/` (`anna-berg.jpg`). One folder read. */
export function trainerPhotos(contentDir: string): Map<string, string> {
  const photos = new Map<string, string>();
  for (const file of visibleFiles(join(contentDir, 'trainers'))) {
    const extension = extname(file).toLowerCase();
    const id = file.slice(0, -extension.length);
    if (PHOTO_EXTENSIONS.includes(extension) && !photos.has(id)) photos.set(id, file);
  }
  return photos;
}

/** The logo's file name in `content/` (`logo.svg`), or undefined when there is none. */
export function logoFile(contentDir: string): string | undefined {
  return fileNamed(contentDir, 'logo', PICTURE_EXTENSIONS);
}

/** A picture's path inside `content/` (`images/home.svg`), or undefined when there is none. */
export function pageImageFile(contentDir: string, name: SiteImage): string | undefined {
  const file = fileNamed(join(contentDir, 'images'), name, PICTURE_EXTENSIONS);
  return file && `images/${file}`;
}

/** A certification's badge, as a path inside `content/`: `certifications/cma.svg` beside `cma.yaml`. */
export function badgeFile(kind: string): string {
  return `certifications/${kind}.svg`;
}

/** The badges present, as paths inside `content/`. */
function badgeFiles(contentDir: string): string[] {
  return visibleFiles(join(contentDir, 'certifications'))
    .filter((file) => extname(file).toLowerCase() === '.svg')
    .map((file) => `certifications/${file}`);
}

const listed = (extensions: string[]) => extensions.join(', ');

/**
 * What is wrong with the image files, judged by their names and sizes: a photo with no trainer
 * file, two photos for one trainer, a file type the site cannot use, no preview picture, a picture
 * without alt text (`alts`, from the settings; undefined when they could not be read, a problem
 * reported already).
 */
export function imageFileProblems(contentDir: string, alts: Partial<Record<SiteImage, string>> | undefined): Problem[] {
  const root = displayRoot(contentDir);
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const inTrainers = visibleFiles(join(contentDir, 'trainers'));
  const trainers = new Set(inTrainers.filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')));
  for (const file of inTrainers) {
    const extension = extname(file).toLowerCase();
    if (/^\.mdx?$/.test(extension)) continue;
    const path = `${root}/trainers/${file}`;
    const id = file.slice(0, -extension.length || undefined);
    if (!PHOTO_EXTENSIONS.includes(extension))
      problems.push({
        file: path,
        field: '',
        message: `expected a trainer file (.md) or a photo (${listed(PHOTO_EXTENSIONS)}); save a photo as JPEG, PNG or WebP`,
      });
    else if (!trainers.has(id))
      problems.push({
        file: path,
        field: '',
        message: `expected a trainer file ${root}/trainers/${id}.md beside this photo`,
      });
    else if (seen.has(id))
      problems.push({ file: path, field: '', message: `expected one photo per trainer; ${seen.get(id)} is one too` });
    else seen.set(id, file);
  }
  const named = visibleFiles(contentDir).filter((file) => /^logo\./i.test(file));
  const logos = named.filter((file) => PICTURE_EXTENSIONS.includes(extname(file).toLowerCase()));
  for (const file of named.filter((f) => !logos.includes(f)))
    problems.push({
      file: `${root}/${file}`,
      field: '',
      message: `expected the logo as ${listed(PICTURE_EXTENSIONS)}`,
    });
  if (logos.length > 1)
    problems.push({ file: `${root}/${logos[1]}`, field: '', message: `expected one logo; ${logos[0]} is one too` });
  const names: readonly string[] = SITE_IMAGES;
  if (!pageImageFile(contentDir, PREVIEW_IMAGE))
    problems.push({
      file: `${root}/images/${PREVIEW_IMAGE}.*`,
      field: '',
      message: `missing: expected the picture link previews show, as ${listed(PICTURE_EXTENSIONS)}, like images/preview.jpg at ${SITE_PREVIEW_PIXELS.width} × ${SITE_PREVIEW_PIXELS.height} pixels`,
    });
  for (const file of visibleFiles(join(contentDir, 'images'))) {
    const extension = extname(file).toLowerCase();
    const name = file.slice(0, -extension.length || undefined);
    const path = `${root}/images/${file}`;
    if (!names.includes(name) || !PICTURE_EXTENSIONS.includes(extension))
      problems.push({
        file: path,
        field: '',
        message: `expected ${SITE_IMAGES.slice(0, -1).join(', ')} or ${SITE_IMAGES.at(-1)} with one of ${listed(PICTURE_EXTENSIONS)}, like images/home.jpg`,
      });
    else if (pageImageFile(contentDir, name as SiteImage) !== `images/${file}`)
      problems.push({
        file: path,
        field: '',
        message: `expected one ${name} picture; ${pageImageFile(contentDir, name as SiteImage)} is one too`,
      });
    else if (alts && !alts[name as SiteImage])
      problems.push({
        file: `${root}/settings.yaml`,
        field: `images.${name}`,
        message: `missing: expected a sentence saying what ${root}/images/${file} shows, for readers who cannot see it`,
      });
  }
  const preview = pageImageFile(contentDir, PREVIEW_IMAGE);
  // The build draws a drawing into the preview's JPEG: like a badge, it may load nothing from elsewhere.
  if (preview && extname(preview).toLowerCase() === '.svg')
    for (const message of svgProblems(readFileSync(join(contentDir, preview), 'utf8')))
      problems.push({ file: `${root}/${preview}`, field: '', message });
  for (const file of imageFiles(contentDir)) {
    const bytes = statSync(join(contentDir, file)).size;
    if (bytes > MAX_IMAGE_BYTES)
      problems.push({
        file: `${root}/${file}`,
        field: '',
        message: `expected an image of at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB; this one has ${(bytes / 1024 / 1024).toFixed(1)} MB: save it at about 1,000 pixels wide`,
      });
  }
  return problems;
}

/**
 * What is wrong with the certifications' badges (`kinds` are the certification files' names): a
 * certification without its badge, a badge without a certification or not in SVG, a file too
 * large, or a drawing that holds a script or loads something from elsewhere. Squareness needs the
 * drawing decoded: `imageContentProblems` checks it.
 */
export function badgeFileProblems(contentDir: string, kinds: readonly string[]): Problem[] {
  const root = displayRoot(contentDir);
  const problems: Problem[] = [];
  const files = visibleFiles(join(contentDir, 'certifications'));
  for (const kind of kinds)
    if (!files.includes(`${kind}.svg`))
      problems.push({
        file: `${root}/${badgeFile(kind)}`,
        field: '',
        message: `missing: expected the badge of ${root}/certifications/${kind}.yaml, a square SVG drawing`,
      });
  for (const file of files) {
    const extension = extname(file).toLowerCase();
    if (/^\.ya?ml$/.test(extension)) continue;
    const path = join(contentDir, 'certifications', file);
    const problem = (message: string) => problems.push({ file: `${root}/certifications/${file}`, field: '', message });
    const bytes = statSync(path).size;
    if (!kinds.some((kind) => file === `${kind}.svg`))
      problem(
        extension === '.svg'
          ? `expected a badge named after its certification file, like cma.svg beside cma.yaml`
          : `expected a certification (.yaml) or its badge as an SVG drawing (.svg); the site makes the PNG itself`,
      );
    else if (bytes > MAX_BADGE_BYTES)
      problem(
        `expected a badge of at most ${MAX_BADGE_BYTES / 1024} KB; this one has ${Math.ceil(bytes / 1024)} KB: export it as a plain drawing, without embedded pictures`,
      );
    else for (const message of svgProblems(readFileSync(path, 'utf8'))) problem(message);
  }
  return problems;
}

/** Every image the site uses, as paths inside `content/`: logo, pictures, trainer photos. */
export function imageFiles(contentDir: string): string[] {
  return [
    logoFile(contentDir),
    ...SITE_IMAGES.map((name) => pageImageFile(contentDir, name)),
    ...[...trainerPhotos(contentDir).values()].map((file) => `trainers/${file}`),
  ].filter((file): file is string => file !== undefined);
}

/**
 * What is wrong inside the image files: unreadable or cut short, too many pixels, (photos and the
 * preview picture) too small to look sharp, or (badges) not square. Each file is decoded once with
 * sharp, the library the build resizes with.
 */
export async function imageContentProblems(contentDir: string): Promise<Problem[]> {
  const { default: sharp } = await import('sharp');
  const root = displayRoot(contentDir);
  const check = async (file: string): Promise<Problem | undefined> => {
    const problem = (message: string) => ({ file: `${root}/${file}`, field: '', message });
    try {
      const image = sharp(join(contentDir, file));
      const { width = 0, height = 0, format } = await image.metadata();
      const expected = extname(file).toLowerCase().slice(1).replace('jpg', 'jpeg');
      if (format !== expected)
        return problem(
          `expected a ${expected.toUpperCase()} file, as its name says; it holds ${format?.toUpperCase() ?? 'something else'}`,
        );
      if (Math.max(width, height) > MAX_IMAGE_PIXELS)
        return problem(
          `expected at most ${MAX_IMAGE_PIXELS} pixels a side; found ${width} × ${height}: save it at about 1,000 pixels wide`,
        );
      if (file.startsWith('trainers/') && Math.min(width, height) < MIN_PHOTO_PIXELS)
        return problem(
          `expected a photo of at least ${MIN_PHOTO_PIXELS} × ${MIN_PHOTO_PIXELS} pixels; found ${width} × ${height}`,
        );
      if (file.startsWith('certifications/') && width !== height)
        return problem(
          `expected a square badge; found ${width} × ${height}: give the drawing a square viewBox, like viewBox="0 0 600 600"`,
        );
      const preview = SITE_PREVIEW_PIXELS;
      // The build never enlarges a picture, so a smaller one would make a smaller preview than the page says.
      if (file.startsWith(`images/${PREVIEW_IMAGE}.`) && (width < preview.width || height < preview.height))
        return problem(
          `expected a picture of at least ${preview.width} × ${preview.height} pixels, the size of a link preview; found ${width} × ${height}` +
            (format === 'svg'
              ? `: give the drawing that size, like width="${preview.width}" height="${preview.height}"`
              : ''),
        );
      await image.resize(32).toBuffer(); // decodes every pixel: a file cut short fails here
      return undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      const reason = /failOn/.test(message) ? 'it is damaged or cut short' : message;
      return problem(`could not be read as an image (${reason}): open it in an image editor and save it again`);
    }
  };
  const files = [...imageFiles(contentDir), ...badgeFiles(contentDir)];
  const problems: Problem[] = [];
  // A few at a time: sharp decodes on its own threads, and thousands at once would only queue.
  for (let i = 0; i < files.length; i += 8)
    for (const problem of await Promise.all(files.slice(i, i + 8).map(check))) if (problem) problems.push(problem);
  return problems;
}
