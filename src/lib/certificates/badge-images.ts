/**
 * The images credentials name (Node only): each certification's badge, drawn by staff as an SVG in
 * `content/certifications/<kind>.svg`, and the foundation's logo. The site publishes them at fixed
 * addresses under `/badges/`, so a credential signed once keeps pointing at the current drawing,
 * and as PNG, the format every wallet and badge platform shows (and the one badges are baked in).
 */
import { join } from 'node:path';
import type { SiteContent } from '../site/content/check.ts';
import { badgeFile } from '../site/content/images.ts';
import type { CertificationKind } from '../site/schemas/index.ts';

/** Side of a badge's PNG in pixels: badge platforms ask for at least 400 × 400. */
export const BADGE_PIXELS = 600;
/** Height of the logo's PNG in pixels (its width follows the drawing). */
export const ISSUER_IMAGE_HEIGHT = 200;

/** Where the site publishes a certification's badge, e.g. `/badges/cma.png` (also `.svg`). */
export function badgePath(kind: CertificationKind, format: 'svg' | 'png'): string {
  return `/badges/${kind}.${format}`;
}

/** Where the site publishes the logo for credentials (`issuer.image`). */
export const ISSUER_IMAGE_PATH = '/badges/issuer.png';

/** A drawing or picture rendered as PNG: SVG at the density that gives `height` pixels, so it stays sharp. */
async function renderPng(file: string, size: { width?: number; height: number }): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const { height = size.height } = await sharp(file).metadata();
  const density = Math.min(72 * (size.height / height), 10_000);
  return sharp(file, { density })
    .resize({ ...size, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A certification's badge as a square PNG of `BADGE_PIXELS` a side (`npm run check` makes sure the drawing is square). */
export function renderBadgePng(content: Pick<SiteContent, 'dir'>, kind: CertificationKind): Promise<Buffer> {
  return renderPng(join(content.dir, badgeFile(kind)), { width: BADGE_PIXELS, height: BADGE_PIXELS });
}

/** The logo as a PNG `ISSUER_IMAGE_HEIGHT` pixels high, or undefined when content has no logo. */
export async function renderIssuerPng(content: Pick<SiteContent, 'dir' | 'logo'>): Promise<Buffer | undefined> {
  return content.logo ? renderPng(join(content.dir, content.logo), { height: ISSUER_IMAGE_HEIGHT }) : undefined;
}
