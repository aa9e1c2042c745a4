// Link previews (Open Graph and Twitter Cards): the sizes of the pictures the build makes for them
// and the names the tags give to card types and locales. Pages, `npm run check` and tests share them.

/** A picture of a link preview: its path on the site and its size in pixels, as the file really is. */
export interface PreviewImage {
  src: string;
  width: number;
  height: number;
}

/**
 * The site's preview picture, cropped to the wide preview Facebook, LinkedIn and X show (1.91:1).
 * Also the smallest picture staff may give for it: the build never enlarges one.
 */
export const SITE_PREVIEW_PIXELS = { width: 1200, height: 630 } as const;

/** A trainer's photo in previews is a square this many pixels a side, or smaller when the photo is. */
export const PHOTO_PREVIEW_SIDE = 600;

/**
 * The side of a trainer's square preview: `PHOTO_PREVIEW_SIDE`, or the photo's shorter side, so that
 * the file is exactly the size the page states (photos are at least 200 pixels, enough for any card).
 *
 * @example photoPreviewSide({ width: 300, height: 400 }) // 300
 */
export function photoPreviewSide(photo: { width: number; height: number }): number {
  return Math.min(PHOTO_PREVIEW_SIDE, photo.width, photo.height);
}

/**
 * The Twitter card for a picture: a large one for a wide picture, the small one (a square beside
 * the words) for a badge or a photo, which a large card would crop.
 *
 * @example twitterCard({ width: 1200, height: 630 }) // 'summary_large_image'
 */
export function twitterCard(image: { width: number; height: number }): 'summary_large_image' | 'summary' {
  return image.width > image.height ? 'summary_large_image' : 'summary';
}

/**
 * A locale as Open Graph writes it.
 *
 * @example openGraphLocale('en-GB') // 'en_GB'
 */
export function openGraphLocale(locale: string): string {
  return locale.replace('-', '_');
}
