// The site's pictures as astro:assets sees them (the `pictures` collection of src/content.config.ts),
// looked up once when the build loads this module, so that no page waits for them.
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getCollection, getEntry } from 'astro:content';
import { BADGE_PIXELS, badgePath } from './lib/certificates/badge-images.ts';
import { photoPreviewSide, SITE_PREVIEW_PIXELS, type PreviewImage } from './lib/site/link-preview.ts';
import type { CertificationKind } from './lib/site/schemas/index.ts';

/** The size a photo is drawn at, in CSS pixels: a square thumbnail on cards, larger on a trainer's page. */
export const PHOTO_SIZES = { card: 72, profile: 240, profileSmall: 160 } as const;

/** Photos of listed trainers by trainer ID; a trainer without a photo is not in it. */
export const trainerPhotos: ReadonlyMap<string, ImageMetadata> = new Map(
  (await getCollection('pictures', (entry) => entry.id.startsWith('trainers/'))).map((entry) => [
    entry.id.slice('trainers/'.length),
    entry.data.src,
  ]),
);

/** The logo or a picture (`home`, `programme`, `preview`), or undefined when staff have not put one in content/. */
export async function sitePicture(id: 'logo' | 'home' | 'programme' | 'preview'): Promise<ImageMetadata | undefined> {
  return (await getEntry('pictures', id))?.data.src;
}

/** The logo drawn 44 CSS pixels high: SVG as it is, any other image as WebP sharp on a 2× screen. */
async function logoImage(height = 44) {
  const src = await sitePicture('logo');
  if (!src) return undefined;
  const width = Math.round((height * src.width) / src.height);
  const image = await getImage(
    src.format === 'svg' ? { src, width, height } : { src, width: width * 2, height: height * 2, format: 'webp' },
  );
  return { src: image.src, width, height };
}

/** The header's logo, or undefined when there is none. */
export const logo = await logoImage();

// — link previews: a handful of pictures a build, whatever the number of pages (see Base.astro) —

/** A picture cropped to `width` × `height` and saved as JPEG, which every site that shows previews reads. */
async function previewJpeg(src: ImageMetadata, width: number, height: number): Promise<PreviewImage> {
  const image = await getImage({ src, width, height, fit: 'cover', format: 'jpg' });
  return { src: image.src, width, height };
}

/** The site's preview picture (`content/images/preview.*`), at 1200 × 630: for every page without one of its own. */
export const sitePreview: PreviewImage = await (async () => {
  const src = await sitePicture('preview');
  if (!src) throw new Error('content/images/preview.*: missing; run npm run check');
  return previewJpeg(src, SITE_PREVIEW_PIXELS.width, SITE_PREVIEW_PIXELS.height);
})();

const trainerPreviews = new Map<string, Promise<PreviewImage>>();

/** A listed trainer's photo as a square JPEG, made once for the pages of every language; undefined without a photo. */
export function trainerPreview(id: string): Promise<PreviewImage> | undefined {
  const photo = trainerPhotos.get(id);
  if (!photo) return undefined;
  let preview = trainerPreviews.get(id);
  if (!preview) {
    const side = photoPreviewSide(photo);
    trainerPreviews.set(id, (preview = previewJpeg(photo, side, side)));
  }
  return preview;
}

/** A certification's badge as its preview: the PNG the site publishes for credentials (src/pages/badges/). */
export function badgePreview(kind: CertificationKind): PreviewImage {
  return { src: badgePath(kind, 'png'), width: BADGE_PIXELS, height: BADGE_PIXELS };
}
