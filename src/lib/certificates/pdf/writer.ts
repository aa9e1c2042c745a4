/**
 * A small one-page PDF writer (Node only): drawing operators, subset TrueType fonts, link
 * annotations, one attached file and the document information. Written here rather than with
 * pdf-lib because it renders a certificate 25–50× faster (see ARCHITECTURE.md, "The PDF writer").
 * Same input, same bytes: nothing in the output depends on the time or the machine.
 */
import { deflateSync } from 'node:zlib';
import { subsetFont, type EmbeddableFont } from './font-subset.ts';
import type QRCode from 'qrcode';

export type Colour = readonly [number, number, number];
const MM = 72 / 25.4;
/** A4 landscape, in points. */
export const WIDTH = 297 * MM;
export const HEIGHT = 210 * MM;
export { MM };

/** Numbers as PDF writes them: at most 3 decimals, no trailing zeros. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** A page's drawing operators, and which glyphs of which font it used (for the subsets). */
export class Page {
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

/** A PDF text string: literal when printable ASCII, else UTF-16BE with a byte-order mark. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export function pdfDate(iso: string): string {
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
export interface Link {
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

/** Subset fonts are named `<tag>+<font>`; a fixed tag keeps the output reproducible. */
const SUBSET_TAG = 'EFCECT';

/** Writes a one-page PDF: objects, a cross-reference table and the trailer. */
export function writePdf(
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
