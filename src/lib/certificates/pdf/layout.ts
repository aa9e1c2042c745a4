/**
 * The printed certificate (Node only): an A4 landscape PDF with the holder's name, the
 * certification, its dates, the certificate ID, a vector QR code leading to the registry record
 * and, in the document information, the token itself: a verifier reads both, and a file whose
 * printed code and embedded token differ is forged (`readVerifyFile`).
 * Same input → same bytes: fixed dates and font names, and Ed25519 tokens are deterministic.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { formatDate } from '../../site/dates.ts';
import { parseFont, type EmbeddableFont } from './font-subset.ts';
import {
  HEIGHT,
  MM,
  Page,
  pdfDate,
  pdfString,
  WIDTH,
  writePdf,
  type Colour,
  type Link,
  type PdfAttachment,
} from './writer.ts';
import { recordUrl } from '../registry.ts';
import { TOKEN_INFO_KEY } from '../verify-input.ts';

/** Target QR version (ARCHITECTURE.md): small enough to scan reliably when printed 42 mm wide. */
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
  /**
   * The Latin spelling the holder uses, printed under a name in Greek or Cyrillic. Not signed:
   * the token keeps the name as written, so issued tokens and their QR codes stay as they are.
   */
  latinName?: string | undefined;
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
  /** The signed Open Badges credential (JSON text), attached to the PDF when there is one. */
  credential?: string | undefined;
  /** Every line of fixed wording the certificate prints, dates already filled in. */
  words: PrintedWords;
}

/** The certificate's wording in one language (`certificates.pdf` in `src/i18n/`). */
export interface PdfWords {
  heading: string;
  certifies: string;
  awardedThe: string;
  awardedOn: (date: string) => string;
  validUntil: (date: string) => string;
  certificateId: string;
  verifyAt: string;
  qrHint: string;
  programme: string;
}

/** The wording as printed on one certificate: plain text, so it travels to render threads and into the cache key. */
export type PrintedWords = Omit<PdfWords, 'awardedOn' | 'validUntil'> & {
  awardedOn: string;
  validUntil: string | undefined;
};

/** Fills the dates into the wording of one certificate. */
export function printedWords(words: PdfWords, awarded: string, validUntil: string | undefined): PrintedWords {
  return {
    ...words,
    awardedOn: words.awardedOn(formatDate(awarded)),
    validUntil: validUntil ? words.validUntil(formatDate(validUntil)) : undefined,
  };
}

/** The two faces, parsed once per batch. */
export interface CertificateFonts {
  serif: EmbeddableFont;
  /** Also the name font: a name must be drawable in it. */
  serifBold: EmbeddableFont;
}

let cachedFonts: CertificateFonts | undefined;

/** DejaVu Serif from `dejavu-fonts-ttf`, two faces, parsed once per process (it covers Latin, Greek and Cyrillic and subsets correctly). */
export function loadCertificateFonts(): CertificateFonts {
  if (cachedFonts) return cachedFonts;
  const require = createRequire(import.meta.url);
  const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
  const read = (file: string) => parseFont(new Uint8Array(readFileSync(dir + file)));
  cachedFonts = { serif: read('DejaVuSerif.ttf'), serifBold: read('DejaVuSerif-Bold.ttf') };
  return cachedFonts;
}

/** Exactly what the QR code encodes: the registry address with the token as fragment. */
export function qrUrl(siteUrl: string, id: string, token: string): string {
  return `${recordUrl(siteUrl, id)}#${token}`;
}

/** Fails with a message naming the file and the character when the font cannot draw the name. */
export function assertDrawable(
  name: string,
  source: string,
  fonts: CertificateFonts = loadCertificateFonts(),
  field = 'name',
): void {
  for (const char of name.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (fonts.serifBold.glyphId(codePoint) === 0) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
      throw new CertificateError(
        `${source}: ${field}: the certificate font cannot draw "${char}" (U+${hex}); write the name in Latin, Greek or Cyrillic letters`,
      );
    }
  }
}

type QrData = string | QRCode.QRCodeSegment[];

/**
 * The registry address as three QR segments: bytes, the upper-case ID in the denser alphanumeric
 * mode, bytes. qrcode's own optimal split runs a shortest-path search that costs more than the
 * rest of a certificate; this split is as small in almost every case, and the search still runs
 * when it is not (see `certificateQr`).
 */
function quickSegments(url: string): QrData {
  const match = /^(.*\/registry\/)([A-Z0-9-]+\/)(#.*)$/.exec(url);
  if (!match) return url;
  return [
    { data: Buffer.from(match[1]!), mode: 'byte' },
    { data: match[2]!, mode: 'alphanumeric' },
    { data: Buffer.from(match[3]!), mode: 'byte' },
  ];
}

/**
 * The QR code for a certificate: error correction Q when that fits version 15, else M. Long
 * non-Latin names can need version 16–20 even at M; the code is then printed larger so each module
 * keeps the version-15 size, and `npm run issue` warns (see `qrTargetExceeded`).
 */
export function certificateQr(url: string, source: string): QRCode.QRCode {
  const quick = quickSegments(url);
  if (fitsAt(quick, 'Q', MAX_QR_VERSION)) return QRCode.create(quick, { errorCorrectionLevel: 'Q' });
  let qr = QRCode.create(quick, { errorCorrectionLevel: 'M' });
  // Near the limit, qrcode's optimal split can save the version that matters.
  if (qr.version > MAX_QR_VERSION) qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  if (qr.version > HARD_MAX_QR_VERSION)
    throw new CertificateError(
      `${source}: name: too long for the certificate's QR code (version ${qr.version}); shorten the printed name`,
    );
  return qr;
}

/** Whether `data` fits a QR code of `version` at `level`; qrcode refuses early, before it evaluates masks. */
function fitsAt(data: QrData, level: 'Q' | 'M', version: number): boolean {
  try {
    QRCode.create(data, { errorCorrectionLevel: level, version });
    return true;
  } catch {
    return false;
  }
}

/** True when the certificate's QR code needs a version above the target of 15. */
export function qrTargetExceeded(siteUrl: string, id: string, token: string): boolean {
  return !fitsAt(qrUrl(siteUrl, id, token), 'M', MAX_QR_VERSION);
}

const NAVY: Colour = [0.09, 0.18, 0.36];
const GOLD: Colour = [0.72, 0.58, 0.26];
const INK: Colour = [0.13, 0.13, 0.15];
const GREY: Colour = [0.38, 0.39, 0.42];

function wrap(text: string, font: EmbeddableFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.width(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Name under which the credential is attached to the certificate PDF. */
export const CREDENTIAL_ATTACHMENT = 'credential.json';

/** The holder's Open Badges credential as the PDF's attachment, dated like the PDF. */
function credentialAttachment(credential: string | undefined, date: string): PdfAttachment | undefined {
  if (credential === undefined) return undefined;
  return {
    name: CREDENTIAL_ATTACHMENT,
    mime: 'application/json',
    description: 'Open Badges 3.0 credential (add it to a digital wallet)',
    data: new TextEncoder().encode(credential),
    date,
  };
}

/**
 * Renders one certificate. The fonts are parsed once per batch (`loadCertificateFonts`); each PDF
 * embeds only the glyphs it draws, so it stays well under 30 KB and takes a few milliseconds.
 *
 * @example const bytes = await renderCertificatePdf(input);
 */
export async function renderCertificatePdf(
  input: CertificateInput,
  fonts: CertificateFonts = loadCertificateFonts(),
): Promise<Uint8Array> {
  const text = input.words;
  assertDrawable(input.name, input.source, fonts);
  if (input.latinName) assertDrawable(input.latinName, input.source, fonts, 'latinName');
  const qr = certificateQr(qrUrl(input.siteUrl, input.id, input.token), input.source);
  const { serif, serifBold } = fonts;
  const page = new Page(
    new Map([
      [serif, 'F1'],
      [serifBold, 'F2'],
    ]),
  );
  const width = WIDTH;
  const height = HEIGHT;

  // Frame: a strong outer rule and a fine gold inner rule.
  page.rectangle(22, 22, width - 44, height - 44, NAVY, 2.5);
  page.rectangle(30, 30, width - 60, height - 60, GOLD, 0.8);

  page.centred(input.foundation.toUpperCase(), height - 82, serif, 11, NAVY);
  page.centred(text.programme, height - 100, serif, 10, GREY);
  page.centred(text.heading.toUpperCase(), height - 150, serifBold, 30, NAVY);
  page.centred(text.certifies, height - 185, serif, 14, GREY);

  const name = input.name.normalize('NFC');
  let nameSize = 36;
  while (nameSize > 16 && serifBold.width(name, nameSize) > width - 200) nameSize -= 1;
  if (input.latinName) {
    // The Latin spelling under the name, in the space above the rule; a name alone keeps its place.
    const latinName = input.latinName.normalize('NFC');
    let latinSize = 14;
    while (latinSize > 9 && serif.width(latinName, latinSize) > width - 200) latinSize -= 1;
    page.centred(name, height - 227, serifBold, nameSize, INK);
    page.centred(latinName, height - 252, serif, latinSize, GREY);
    page.line(width / 2 - 200, height - 261, width / 2 + 200, height - 261, GOLD, 0.8);
  } else {
    page.centred(name, height - 237, serifBold, nameSize, INK);
    page.line(width / 2 - 200, height - 252, width / 2 + 200, height - 252, GOLD, 0.8);
  }

  page.centred(text.awardedThe, height - 280, serif, 14, GREY);
  let titleSize = 22;
  while (titleSize > 12 && serifBold.width(input.title, titleSize) > width - 160) titleSize -= 1;
  page.centred(input.title, height - 312, serifBold, titleSize, NAVY);
  let y = height - 336;
  for (const line of wrap(input.awardedFor, serif, 11, 560)) {
    page.centred(line, y, serif, 11, GREY);
    y -= 15;
  }

  y -= 10;
  page.centred(text.awardedOn, y, serif, 11, INK);
  if (text.validUntil) {
    y -= 16;
    page.centred(text.validUntil, y, serif, 11, INK);
    y -= 14;
    for (const line of wrap(input.validityRule, serif, 8.5, 520)) {
      page.centred(line, y, serif, 8.5, GREY);
      y -= 11;
    }
  }

  // Bottom left: the ID and the address a genuine QR code must lead to, in plain text.
  const left = 62;
  page.text(text.certificateId, left, 128, serif, 8, GREY);
  page.text(input.id, left, 112, serif, 13, INK);
  page.text(text.verifyAt, left, 90, serif, 8, GREY);
  const printedAddress = recordUrl(input.siteUrl, input.id);
  page.text(printedAddress, left, 76, serif, 9.5, NAVY);
  let hintY = 60;
  for (const line of wrap(text.qrHint, serif, 7.5, 420)) {
    page.text(line, left, hintY, serif, 7.5, GREY);
    hintY -= 10;
  }

  // Between them, a seal: the certificate prefix and the award year in two gold rings.
  const seal = { x: width / 2 + 120, y: 100 };
  page.circle(seal.x, seal.y, 36, GOLD, 1.6);
  page.circle(seal.x, seal.y, 31, GOLD, 0.6);
  const prefix = input.id.split('-')[0] ?? '';
  const year = input.awarded.slice(0, 4);
  page.text(prefix, seal.x - serifBold.width(prefix, 13) / 2, seal.y - 1, serifBold, 13, NAVY);
  page.text(year, seal.x - serif.width(year, 9) / 2, seal.y - 14, serif, 9, GOLD);

  // Bottom right: the QR code as vector rectangles, quiet zone kept clear by the layout.
  const module = (QR_WIDTH_MM * MM) / Math.min(qr.modules.size, 17 + 4 * MAX_QR_VERSION);
  const qrSize = module * qr.modules.size;
  const qrLeft = width - 56 - qrSize;
  page.qr(qr, qrLeft, 56 + qrSize, module);
  // On screen, the code and the printed address are links to the QR's address, token included, so
  // a reader of the PDF can click through to the check (viewers would otherwise link the bare address).
  const verifyUrl = qrUrl(input.siteUrl, input.id, input.token);
  const links: Link[] = [
    { rect: [qrLeft, 56, qrLeft + qrSize, 56 + qrSize], uri: verifyUrl },
    { rect: [left, 73, left + serif.width(printedAddress, 9.5), 86], uri: verifyUrl },
  ];

  const date = pdfDate(input.issuedAt);
  return writePdf(
    page,
    credentialAttachment(input.credential, date),
    {
      Title: pdfString(`${input.title} — ${name}`),
      Author: pdfString(input.foundation),
      Subject: pdfString(`${text.certificateId} ${input.id}`),
      Keywords: pdfString(input.id),
      Creator: pdfString(input.siteName),
      Producer: pdfString(input.siteName),
      CreationDate: date,
      ModDate: date,
      [TOKEN_INFO_KEY]: pdfString(input.token),
    },
    links,
  );
}
