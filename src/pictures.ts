// The site's pictures as astro:assets sees them (the `pictures` collection of src/content.config.ts),
// looked up once when the build loads this module, so that no page waits for them.
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getCollection, getEntry } from 'astro:content';

/** The size a photo is drawn at, in CSS pixels: a square thumbnail on cards, larger on a trainer's page. */
export const PHOTO_SIZES = { card: 72, profile: 240, profileSmall: 160 } as const;

/** Photos of listed trainers by trainer ID; a trainer without a photo is not in it. */
export const trainerPhotos: ReadonlyMap<string, ImageMetadata> = new Map(
  (await getCollection('pictures', (entry) => entry.id.startsWith('trainers/'))).map((entry) => [
    entry.id.slice('trainers/'.length),
    entry.data.src,
  ]),
);

/** The logo or a page picture (`home`, `programme`), or undefined when staff have not put one in content/. */
export async function sitePicture(id: 'logo' | 'home' | 'programme'): Promise<ImageMetadata | undefined> {
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
