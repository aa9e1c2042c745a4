/**
 * The printed certificate (Node only): an A4 landscape PDF with the holder's name, the
 * certification, its dates, the certificate ID, a vector QR code leading to the registry record
 * and, in the document information, the token itself so `npm run verify` needs no image decoding.
 * Same input → same bytes: fixed dates and font names, and Ed25519 tokens are deterministic.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { formatDate } from './dates.ts';
import { recordUrl } from './registry.ts';
import { en } from '../i18n/en.ts';

/** Info-dictionary key that carries the token. */
export const TOKEN_INFO_KEY = 'CertificateToken';
/** Target QR version (DESIGN.md): small enough to scan reliably when printed 42 mm wide. */
export const MAX_QR_VERSION = 15;
/** Beyond this the code would print too large for the layout. */
export const HARD_MAX_QR_VERSION = 20;
/** Printed width of a version-15 QR code in millimetres (larger versions print proportionally larger). */
export const QR_WIDTH_MM = 42;

/** A problem that stops a certificate from being rendered, worded for staff. */
export class CertificateError extends Error {}

/** What one certificate shows. */
export interface CertificateInput {
  id: string;
  /** Holder's name as printed (the token's `name`). */
  name: string;
  cert: 'cma' | 'instructor';
  /** Certification title and what earns it, from `content/certifications/`. */
  title: string;
  awardedFor: string;
  awarded: string;
  /** Current last valid day, for instructors. */
  validUntil?: string | undefined;
  /** The validity rule in words, printed for certifications that lapse. */
  validityRule: string;
  foundation: string;
  siteName: string;
  siteUrl: string;
  token: string;
  /** When the token was signed (ISO): the PDF's fixed creation date. */
  issuedAt: string;
  /** Where the name comes from, for error messages, e.g. `content/trainers/ana-lopez.md`. */
  source: string;
}

/** The font files, read and parsed once per batch. */
export interface CertificateFonts {
  serif: Uint8Array;
  serifBold: Uint8Array;
  /** Parsed name font, to check a name can be drawn before anything is signed. */
  nameFont: { hasGlyphForCodePoint(codePoint: number): boolean };
}

let cachedFonts: CertificateFonts | undefined;

/** DejaVu Serif from `dejavu-fonts-ttf`, two faces (it covers Latin, Greek and Cyrillic and subsets correctly). */
export function loadCertificateFonts(): CertificateFonts {
  if (cachedFonts) return cachedFonts;
  const require = createRequire(import.meta.url);
  const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
  const read = (file: string) => new Uint8Array(readFileSync(dir + file));
  const serifBold = read('DejaVuSerif-Bold.ttf');
  cachedFonts = {
    serif: read('DejaVuSerif.ttf'),
    serifBold,
    nameFont: fontkit.create(serifBold),
  };
  return cachedFonts;
}

/** Exactly what the QR code encodes: the registry address with the token as fragment. */
export function qrUrl(siteUrl: string, id: string, token: string): string {
  return `${recordUrl(siteUrl, id)}#${token}`;
}

/** Fails with a message naming the file and the character when the font cannot draw the name. */
export function assertDrawable(name: string, source: string, fonts: CertificateFonts = loadCertificateFonts()): void {
  for (const char of name.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!fonts.nameFont.hasGlyphForCodePoint(codePoint)) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
      throw new CertificateError(
        `${source}: name: the certificate font cannot draw "${char}" (U+${hex}); write the name in Latin, Greek or Cyrillic letters`,
      );
    }
  }
}

/**
 * The QR code for a certificate: error correction Q when that fits version 15, else M. Long
 * non-Latin names can need version 16–20 even at M; the code is then printed larger so each module
 * keeps the version-15 size, and `npm run issue` warns (see `qrTargetExceeded`).
 */
export function certificateQr(url: string, source: string): QRCode.QRCode {
  for (const errorCorrectionLevel of ['Q', 'M'] as const) {
    const qr = QRCode.create(url, { errorCorrectionLevel });
    if (qr.version <= MAX_QR_VERSION) return qr;
  }
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  if (qr.version > HARD_MAX_QR_VERSION)
    throw new CertificateError(
      `${source}: name: too long for the certificate's QR code (version ${qr.version}); shorten the printed name`,
    );
  return qr;
}

/** True when the certificate's QR code needs a version above the target of 15. */
export function qrTargetExceeded(siteUrl: string, id: string, token: string): boolean {
  return QRCode.create(qrUrl(siteUrl, id, token), { errorCorrectionLevel: 'M' }).version > MAX_QR_VERSION;
}

/** Dark modules as one SVG path, one rectangle per horizontal run, in module units. */
function qrPath(qr: QRCode.QRCode): string {
  const { size, data } = qr.modules;
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      path += `M${start} ${row}h${col - start}v1h${start - col}z`;
    }
  }
  return path;
}

const NAVY = rgb(0.09, 0.18, 0.36);
const GOLD = rgb(0.72, 0.58, 0.26);
const INK = rgb(0.13, 0.13, 0.15);
const GREY = rgb(0.38, 0.39, 0.42);
const MM = 72 / 25.4;

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK) {
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color });
}

/**
 * Renders one certificate. Fonts are read once per batch (`loadCertificateFonts`) and embedded as
 * subsets, so each PDF stays around 30 KB.
 *
 * @example const bytes = await renderCertificatePdf(input);
 */
export async function renderCertificatePdf(
  input: CertificateInput,
  fonts: CertificateFonts = loadCertificateFonts(),
  text = en.certificates.pdf,
): Promise<Uint8Array> {
  assertDrawable(input.name, input.source, fonts);
  const url = qrUrl(input.siteUrl, input.id, input.token);
  const qr = certificateQr(url, input.source);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Fixed font names: pdf-lib would otherwise add a random suffix and break reproducibility.
  const serif = await doc.embedFont(fonts.serif, { subset: true, customName: 'DejaVuSerif' });
  const serifBold = await doc.embedFont(fonts.serifBold, { subset: true, customName: 'DejaVuSerif-Bold' });

  const page = doc.addPage([297 * MM, 210 * MM]);
  const width = page.getWidth();
  const height = page.getHeight();

  // Frame: a strong outer rule and a fine gold inner rule.
  page.drawRectangle({ x: 22, y: 22, width: width - 44, height: height - 44, borderColor: NAVY, borderWidth: 2.5 });
  page.drawRectangle({ x: 30, y: 30, width: width - 60, height: height - 60, borderColor: GOLD, borderWidth: 0.8 });

  centred(page, input.foundation.toUpperCase(), height - 82, serif, 11, NAVY);
  centred(page, text.programme, height - 100, serif, 10, GREY);
  centred(page, text.heading.toUpperCase(), height - 150, serifBold, 30, NAVY);
  centred(page, text.certifies, height - 185, serif, 14, GREY);

  const name = input.name.normalize('NFC');
  let nameSize = 36;
  while (nameSize > 16 && serifBold.widthOfTextAtSize(name, nameSize) > width - 200) nameSize -= 1;
  centred(page, name, height - 237, serifBold, nameSize, INK);
  page.drawLine({
    start: { x: width / 2 - 200, y: height - 252 },
    end: { x: width / 2 + 200, y: height - 252 },
    thickness: 0.8,
    color: GOLD,
  });

  centred(page, text.awardedThe, height - 280, serif, 14, GREY);
  let titleSize = 22;
  while (titleSize > 12 && serifBold.widthOfTextAtSize(input.title, titleSize) > width - 160) titleSize -= 1;
  centred(page, input.title, height - 312, serifBold, titleSize, NAVY);
  let y = height - 336;
  for (const line of wrap(input.awardedFor, serif, 11, 560)) {
    centred(page, line, y, serif, 11, GREY);
    y -= 15;
  }

  y -= 10;
  centred(page, text.awardedOn(formatDate(input.awarded)), y, serif, 11, INK);
  if (input.validUntil) {
    y -= 16;
    centred(page, text.validUntil(formatDate(input.validUntil)), y, serif, 11, INK);
    y -= 14;
    for (const line of wrap(input.validityRule, serif, 8.5, 520)) {
      centred(page, line, y, serif, 8.5, GREY);
      y -= 11;
    }
  }

  // Bottom left: the ID and the address a genuine QR code must lead to, in plain text.
  const left = 62;
  page.drawText(text.certificateId, { x: left, y: 128, size: 8, font: serif, color: GREY });
  page.drawText(input.id, { x: left, y: 112, size: 13, font: serif, color: INK });
  page.drawText(text.verifyAt, { x: left, y: 90, size: 8, font: serif, color: GREY });
  page.drawText(recordUrl(input.siteUrl, input.id), { x: left, y: 76, size: 9.5, font: serif, color: NAVY });
  let hintY = 60;
  for (const line of wrap(text.qrHint, serif, 7.5, 420)) {
    page.drawText(line, { x: left, y: hintY, size: 7.5, font: serif, color: GREY });
    hintY -= 10;
  }

  // Between them, a seal: the certificate prefix and the award year in two gold rings.
  const seal = { x: width / 2 + 120, y: 100 };
  page.drawCircle({ ...seal, size: 36, borderColor: GOLD, borderWidth: 1.6 });
  page.drawCircle({ ...seal, size: 31, borderColor: GOLD, borderWidth: 0.6 });
  const prefix = input.id.split('-')[0] ?? '';
  const year = input.awarded.slice(0, 4);
  page.drawText(prefix, {
    x: seal.x - serifBold.widthOfTextAtSize(prefix, 13) / 2,
    y: seal.y - 1,
    size: 13,
    font: serifBold,
    color: NAVY,
  });
  page.drawText(year, {
    x: seal.x - serif.widthOfTextAtSize(year, 9) / 2,
    y: seal.y - 14,
    size: 9,
    font: serif,
    color: GOLD,
  });

  // Bottom right: the QR code as vector rectangles, quiet zone kept clear by the layout.
  const module = (QR_WIDTH_MM * MM) / Math.min(qr.modules.size, 17 + 4 * MAX_QR_VERSION);
  const qrSize = module * qr.modules.size;
  const qrX = width - 56 - qrSize;
  const qrTop = 56 + qrSize;
  page.drawSvgPath(qrPath(qr), { x: qrX, y: qrTop, scale: module, color: rgb(0, 0, 0), borderWidth: 0 });

  const date = new Date(input.issuedAt);
  doc.setTitle(`${input.title} — ${name}`);
  doc.setAuthor(input.foundation);
  doc.setSubject(`${text.certificateId} ${input.id}`);
  doc.setKeywords([input.id]);
  doc.setCreator(input.siteName);
  doc.setProducer(input.siteName);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(TOKEN_INFO_KEY), PDFString.of(input.token));

  return doc.save();
}

/** The token embedded in a certificate PDF; undefined when there is none or it is not a PDF. */
export async function readEmbeddedToken(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    const info = doc.context.lookup(doc.context.trailerInfo.Info);
    if (!(info instanceof PDFDict)) return undefined;
    const value = info.lookup(PDFName.of(TOKEN_INFO_KEY));
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
    return undefined;
  } catch {
    return undefined;
  }
}
