/**
 * The printed certificate (Node only): an A4 landscape PDF with the holder's name, the
 * certification, its dates, the certificate ID, a vector QR code leading to the registry record
 * and, in the document information, the token itself so `npm run verify` needs no image decoding.
 * Same input → same bytes: fixed dates and font names, and Ed25519 tokens are deterministic.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import QRCode from 'qrcode';
import { formatDate } from './dates.ts';
import { parseFont, subsetFont, type EmbeddableFont } from './pdf-font.ts';
import { recordUrl } from './registry.ts';
import { TOKEN_INFO_KEY } from './certificate-file.ts';
import { en } from '../i18n/en.ts';

export { TOKEN_INFO_KEY };
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

type Colour = readonly [number, number, number];
const NAVY: Colour = [0.09, 0.18, 0.36];
const GOLD: Colour = [0.72, 0.58, 0.26];
const INK: Colour = [0.13, 0.13, 0.15];
const GREY: Colour = [0.38, 0.39, 0.42];
const MM = 72 / 25.4;
const WIDTH = 297 * MM;
const HEIGHT = 210 * MM;

/** Numbers as PDF writes them: at most 3 decimals, no trailing zeros. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A page's drawing operators, and which glyphs of which font it used (for the subsets). */
class Page {
  readonly ops: string[] = [];
  readonly used = new Map<EmbeddableFont, Map<number, string>>();

  readonly fonts: Map<EmbeddableFont, string>;

  constructor(fonts: Map<EmbeddableFont, string>) {
    this.fonts = fonts;
  }

  text(text: string, x: number, y: number, font: EmbeddableFont, size: number, colour: Colour) {
    let glyphs = this.used.get(font);
    if (!glyphs) this.used.set(font, (glyphs = new Map()));
    let hex = '';
    for (const char of text) {
      const id = font.glyphId(char.codePointAt(0) ?? 0);
      if (!glyphs.has(id)) glyphs.set(id, char);
      hex += id.toString(16).padStart(4, '0');
    }
    this.ops.push(
      `${colour.map(num).join(' ')} rg BT /${this.fonts.get(font)} ${num(size)} Tf ${num(x)} ${num(y)} Td <${hex}> Tj ET`,
    );
  }

  centred(text: string, y: number, font: EmbeddableFont, size: number, colour: Colour) {
    this.text(text, (WIDTH - font.width(text, size)) / 2, y, font, size, colour);
  }

  rectangle(x: number, y: number, width: number, height: number, colour: Colour, lineWidth: number) {
    this.ops.push(
      `${colour.map(num).join(' ')} RG ${num(lineWidth)} w ${[x, y, width, height].map(num).join(' ')} re S`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: Colour, lineWidth: number) {
    this.ops.push(
      `${colour.map(num).join(' ')} RG ${num(lineWidth)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`,
    );
  }

  circle(x: number, y: number, r: number, colour: Colour, lineWidth: number) {
    const k = 0.5523 * r;
    const p = (a: number, b: number) => `${num(x + a)} ${num(y + b)}`;
    this.ops.push(
      `${colour.map(num).join(' ')} RG ${num(lineWidth)} w ${p(r, 0)} m ${p(r, k)} ${p(k, r)} ${p(0, r)} c ` +
        `${p(-k, r)} ${p(-r, k)} ${p(-r, 0)} c ${p(-r, -k)} ${p(-k, -r)} ${p(0, -r)} c ${p(k, -r)} ${p(r, -k)} ${p(r, 0)} c S`,
    );
  }

  /** The QR code's dark modules as filled rectangles, one per horizontal run, top-left at (x, top). */
  qr(qr: QRCode.QRCode, x: number, top: number, module: number) {
    const { size, data } = qr.modules;
    const runs: string[] = [];
    for (let row = 0; row < size; row++) {
      let col = 0;
      while (col < size) {
        if (!data[row * size + col]) {
          col++;
          continue;
        }
        const start = col;
        while (col < size && data[row * size + col]) col++;
        runs.push(`${start} ${row} ${col - start} 1 re`);
      }
    }
    this.ops.push(`0 0 0 rg q ${num(module)} 0 0 ${num(-module)} ${num(x)} ${num(top)} cm ${runs.join(' ')} f Q`);
  }
}

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

/** A PDF text string: literal when printable ASCII, else UTF-16BE with a byte-order mark. */
function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

/** The ToUnicode map that lets readers copy and search the text (pdftotext shows the name). */
function toUnicode(glyphs: Map<number, string>): string {
  const entries = [...glyphs].sort(([a], [b]) => a - b);
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (s: string) => [...Array(s.length).keys()].map((i) => hex4(s.charCodeAt(i))).join('');
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(
      `${chunk.length} beginbfchar\n${chunk.map(([id, c]) => `<${hex4(id)}> <${utf16(c)}>`).join('\n')}\nendbfchar`,
    );
  }
  return (
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n' +
    '1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n' +
    blocks.join('\n') +
    '\nendcmap CMapName currentdict /CMap defineresource pop end end'
  );
}

/** A clickable area of the page: a rectangle (x1, y1, x2, y2 in points) that opens `uri`. */
interface Link {
  rect: [number, number, number, number];
  uri: string;
}

/** A file embedded in the PDF (PDF 2.0 associated file), e.g. the holder's credential. */
export interface PdfAttachment {
  name: string;
  mime: string;
  description: string;
  data: Uint8Array;
  /** Fixed creation and modification date (a PDF date string), for reproducible output. */
  date: string;
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

/** Writes a one-page PDF: objects, a cross-reference table and the trailer. */
function writePdf(
  page: Page,
  attachment: PdfAttachment | undefined,
  info: Record<string, string>,
  links: Link[] = [],
): Uint8Array {
  const objects: (string | [string, Uint8Array])[] = [];
  const add = (object: string | [string, Uint8Array]) => objects.push(object) as number;
  const stream = (dict: string, data: Uint8Array): [string, Uint8Array] => {
    const packed = deflateSync(data);
    return [`<< ${dict} /Filter /FlateDecode /Length ${packed.length} >>`, packed];
  };
  const catalog = add('');
  const pages = add('');
  const pageObject = add('');
  const fontRefs: string[] = [];
  for (const [font, resource] of page.fonts) {
    const glyphs = page.used.get(font) ?? new Map<number, string>();
    const { file, glyphs: embedded } = subsetFont(font, glyphs.keys());
    const scale = 1000 / font.unitsPerEm;
    const fontFile = add(stream(`/Length1 ${file.length}`, file));
    const descriptor = add(
      `<< /Type /FontDescriptor /FontName /${SUBSET_TAG}+${font.name} /Flags 32 /FontBBox [${font.bbox.map((v) => Math.round(v * scale)).join(' ')}]` +
        ` /ItalicAngle 0 /Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)}` +
        ` /CapHeight ${Math.round(font.capHeight * scale)} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
    );
    const widths = embedded.map((id) => `${id} [${Math.round(font.advance(id) * scale)}]`).join(' ');
    const cidFont = add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${SUBSET_TAG}+${font.name}` +
        ` /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
        ` /FontDescriptor ${descriptor} 0 R /CIDToGIDMap /Identity /W [${widths}] >>`,
    );
    const unicode = add(stream('', new TextEncoder().encode(toUnicode(glyphs))));
    const type0 = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${SUBSET_TAG}+${font.name} /Encoding /Identity-H` +
        ` /DescendantFonts [${cidFont} 0 R] /ToUnicode ${unicode} 0 R >>`,
    );
    fontRefs.push(`/${resource} ${type0} 0 R`);
  }
  const content = add(stream('', new TextEncoder().encode(page.ops.join('\n'))));
  const infoObject = add(
    `<< ${Object.entries(info)
      .map(([key, value]) => `/${key} ${value}`)
      .join(' ')} >>`,
  );
  let attached = '';
  if (attachment) {
    const mime = attachment.mime.replace('/', '#2F');
    const file = add(
      stream(
        `/Type /EmbeddedFile /Subtype /${mime} /Params << /Size ${attachment.data.length}` +
          ` /CreationDate ${attachment.date} /ModDate ${attachment.date} >>`,
        attachment.data,
      ),
    );
    const spec = add(
      `<< /Type /Filespec /F ${pdfString(attachment.name)} /UF ${pdfString(attachment.name)}` +
        ` /Desc ${pdfString(attachment.description)} /AFRelationship /Alternative /EF << /F ${file} 0 R /UF ${file} 0 R >> >>`,
    );
    attached = ` /Names << /EmbeddedFiles << /Names [${pdfString(attachment.name)} ${spec} 0 R] >> >> /AF [${spec} 0 R]`;
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R${attached} >>`;
  objects[pages - 1] = `<< /Type /Pages /Kids [${pageObject} 0 R] /Count 1 >>`;
  // Link annotations without a border: the page looks the same, the areas become clickable.
  const annots = links.map(({ rect, uri }) =>
    add(
      `<< /Type /Annot /Subtype /Link /Rect [${rect.map(num).join(' ')}] /Border [0 0 0] /A << /S /URI /URI ${pdfString(uri)} >> >>`,
    ),
  );
  objects[pageObject - 1] =
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${num(WIDTH)} ${num(HEIGHT)}]` +
    ` /Resources << /Font << ${fontRefs.join(' ')} >> >> /Contents ${content} 0 R` +
    (annots.length ? ` /Annots [${annots.map((ref) => `${ref} 0 R`).join(' ')}]` : '') +
    ' >>';

  const encoder = new TextEncoder();
  // The header's second line has bytes above 127, marking the file as binary.
  const header = new Uint8Array([...encoder.encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
  const chunks: Uint8Array[] = [header];
  let length = header.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const parts =
      typeof object === 'string'
        ? [encoder.encode(`${i + 1} 0 obj\n${object}\nendobj\n`)]
        : [
            encoder.encode(`${i + 1} 0 obj\n${object[0]}\nstream\n`),
            object[1],
            encoder.encode('\nendstream\nendobj\n'),
          ];
    for (const part of parts) {
      chunks.push(part);
      length += part.length;
    }
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObject} 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(encoder.encode(xref));
  return Buffer.concat(chunks);
}

/** Subset fonts are named `<tag>+<font>`; a fixed tag keeps the output reproducible. */
const SUBSET_TAG = 'EFCECT';

/**
 * Renders one certificate. The fonts are parsed once per batch (`loadCertificateFonts`); each PDF
 * embeds only the glyphs it draws, so it stays well under 30 KB and takes a few milliseconds.
 *
 * @example const bytes = await renderCertificatePdf(input);
 */
export async function renderCertificatePdf(
  input: CertificateInput,
  fonts: CertificateFonts = loadCertificateFonts(),
  text = en.certificates.pdf,
): Promise<Uint8Array> {
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
  page.centred(text.awardedOn(formatDate(input.awarded)), y, serif, 11, INK);
  if (input.validUntil) {
    y -= 16;
    page.centred(text.validUntil(formatDate(input.validUntil)), y, serif, 11, INK);
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
