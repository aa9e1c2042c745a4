// Link previews: the size of a trainer's square, the Twitter card for a picture's shape, Open Graph's locales.
import { describe, expect, it } from 'vitest';
import {
  openGraphLocale,
  PHOTO_PREVIEW_SIDE,
  photoPreviewSide,
  SITE_PREVIEW_PIXELS,
  twitterCard,
} from '../../src/lib/site/link-preview.ts';

describe('link previews', () => {
  it.each([
    [{ width: 3000, height: 4000 }, PHOTO_PREVIEW_SIDE],
    [{ width: 300, height: 400 }, 300],
    [{ width: 800, height: 250 }, 250],
  ])('makes a trainer’s square no larger than the photo: %o → %i', (photo, side) => {
    expect(photoPreviewSide(photo)).toBe(side);
  });

  it('gives the wide site picture a large card and a square badge or photo the small one', () => {
    expect(twitterCard(SITE_PREVIEW_PIXELS)).toBe('summary_large_image');
    expect(twitterCard({ width: 600, height: 600 })).toBe('summary');
  });

  it.each([
    ['en-GB', 'en_GB'],
    ['fr-FR', 'fr_FR'],
    ['es-ES', 'es_ES'],
  ])('writes %s as Open Graph does: %s', (locale, expected) => {
    expect(openGraphLocale(locale)).toBe(expected);
  });
});
