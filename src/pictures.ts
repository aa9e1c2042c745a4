// The site's pictures as astro:assets sees them (the `pictures` collection of src/content.config.ts),
// looked up once per build rather than once per page.
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { getCollection, getEntry } from 'astro:content';

let photos: Promise<Map<string, ImageMetadata>> | undefined;

/** Photos of listed trainers by trainer ID, read once; a trainer without a photo is not in it. */
export function trainerPhotos(): Promise<Map<string, ImageMetadata>> {
  photos ??= getCollection('pictures', (entry) => entry.id.startsWith('trainers/')).then(
    (entries) => new Map(entries.map((entry) => [entry.id.slice('trainers/'.length), entry.data.src])),
  );
  return photos;
}

/** The logo or a page picture (`home`, `programme`), or undefined when staff have not put one in content/. */
export async function sitePicture(id: 'logo' | 'home' | 'programme'): Promise<ImageMetadata | undefined> {
  return (await getEntry('pictures', id))?.data.src;
}

/** The size a photo is drawn at, in CSS pixels: a square thumbnail on cards, larger on a trainer's page. */
export const PHOTO_SIZES = { card: 72, profile: 240, profileSmall: 160 } as const;

let logo: Promise<{ src: string; width: number; height: number } | undefined> | undefined;

/** The logo drawn 44 CSS pixels high: SVG as it is, any other image as WebP sharp on a 2× screen. */
export function logoImage() {
  const height = 44;
  logo ??= sitePicture('logo').then(async (src) => {
    if (!src) return undefined;
    const width = Math.round((height * src.width) / src.height);
    const image = await getImage(
      src.format === 'svg' ? { src, width, height } : { src, width: width * 2, height: height * 2, format: 'webp' },
    );
    return { src: image.src, width, height };
  });
  return logo;
}
