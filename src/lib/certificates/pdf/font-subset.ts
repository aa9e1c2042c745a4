/**
 * A TrueType font prepared once per batch for embedding in many small PDFs (Node only). Each
 * certificate embeds a subset holding only the glyphs it draws: glyph IDs are kept as in the
 * original font (so the PDF uses Identity mappings and composite glyphs stay valid), unused glyphs
 * are empty, and hinting is dropped — a PDF viewer scales outlines, it does not hint them. That
 * keeps each font to a few KB and a subset to well under a millisecond.
 */
import fontkit from '@pdf-lib/fontkit';

interface Table {
  offset: number;
  length: number;
}

/** A font parsed once: its tables, metrics and a cache of code point → glyph. */
export interface EmbeddableFont {
  /** PostScript name, e.g. `DejaVuSerif-Bold`. */
  name: string;
  unitsPerEm: number;
  numGlyphs: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  /** Glyph ID for a code point; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number;
  /** Advance width in font units. */
  advance(glyphId: number): number;
  /** Width of a string at a size, in points. */
  width(text: string, size: number): number;
  /** The font's raw bytes and table directory. */
  bytes: Uint8Array;
  tables: Map<string, Table>;
}

export function parseFont(bytes: Uint8Array): EmbeddableFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t;
  };
  const head = table('head').offset;
  const hhea = table('hhea').offset;
  const unitsPerEm = view.getUint16(head + 18);
  const numGlyphs = view.getUint16(table('maxp').offset + 4);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const hmtx = table('hmtx').offset;
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) advances[g] = view.getUint16(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));
  // fontkit reads the character map once; every lookup after that is a Map hit.
  const parsed = fontkit.create(bytes);
  const ids = new Map<number, number>();
  const glyphId = (codePoint: number) => {
    let id = ids.get(codePoint);
    if (id === undefined) {
      id = parsed.hasGlyphForCodePoint(codePoint) ? parsed.glyphForCodePoint(codePoint).id : 0;
      ids.set(codePoint, id);
    }
    return id;
  };
  const os2 = tables.get('OS/2');
  const font: EmbeddableFont = {
    name: parsed.postscriptName ?? 'Font',
    unitsPerEm,
    numGlyphs,
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    capHeight: os2 && os2.length >= 90 ? view.getInt16(os2.offset + 88) : Math.round(unitsPerEm * 0.7),
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    glyphId,
    advance: (id) => advances[id] ?? 0,
    width(text, size) {
      let units = 0;
      for (const char of text) units += advances[glyphId(char.codePointAt(0) ?? 0)] ?? 0;
      return (units * size) / unitsPerEm;
    },
    bytes,
    tables,
  };
  return font;
}

function glyphRange(font: EmbeddableFont, view: DataView, id: number): [number, number] {
  const head = font.tables.get('head')!.offset;
  const loca = font.tables.get('loca')!.offset;
  const long = view.getInt16(head + 50) === 1;
  const at = (i: number) => (long ? view.getUint32(loca + 4 * i) : view.getUint16(loca + 2 * i) * 2);
  const glyf = font.tables.get('glyf')!.offset;
  return [glyf + at(id), glyf + at(id + 1)];
}

const MORE_COMPONENTS = 0x20;
const WE_HAVE_INSTRUCTIONS = 0x100;

/** One glyph's outline without hinting instructions, and the glyphs it is composed of. */
function strippedGlyph(font: EmbeddableFont, view: DataView, id: number): { data: Uint8Array; components: number[] } {
  const [start, end] = glyphRange(font, view, id);
  if (end <= start) return { data: new Uint8Array(0), components: [] };
  const source = font.bytes.subarray(start, end);
  const contours = view.getInt16(start);
  if (contours >= 0) {
    const instructionsAt = 10 + 2 * contours;
    const skip = view.getUint16(start + instructionsAt);
    const data = new Uint8Array(source.length - skip);
    data.set(source.subarray(0, instructionsAt + 2));
    data[instructionsAt] = 0;
    data[instructionsAt + 1] = 0;
    data.set(source.subarray(instructionsAt + 2 + skip), instructionsAt + 2);
    return { data, components: [] };
  }
  const data = new Uint8Array(source);
  const out = new DataView(data.buffer);
  const components: number[] = [];
  let at = 10;
  for (;;) {
    const flags = out.getUint16(at);
    out.setUint16(at, flags & ~WE_HAVE_INSTRUCTIONS);
    components.push(out.getUint16(at + 2));
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return { data: data.subarray(0, at), components };
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A subset font file with the given glyphs (and their components); glyph IDs are unchanged. */
export function subsetFont(font: EmbeddableFont, glyphIds: Iterable<number>): { file: Uint8Array; glyphs: number[] } {
  const view = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const wanted = new Set<number>([0, ...glyphIds]);
  const outlines = new Map<number, Uint8Array>();
  const queue = [...wanted];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (outlines.has(id)) continue;
    const { data, components } = strippedGlyph(font, view, id);
    outlines.set(id, data);
    for (const component of components) if (!outlines.has(component)) queue.push(component);
  }
  const n = font.numGlyphs;
  const loca = new DataView(new ArrayBuffer(4 * (n + 1)));
  const hmtx = new DataView(new ArrayBuffer(4 * n));
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (let id = 0; id < n; id++) {
    loca.setUint32(4 * id, offset);
    const outline = outlines.get(id);
    if (!outline || outline.length === 0) continue;
    hmtx.setUint16(4 * id, font.advance(id));
    hmtx.setInt16(4 * id + 2, outline.length >= 4 ? view.getInt16(glyphRange(font, view, id)[0] + 2) : 0);
    const padded = (outline.length + 3) & ~3;
    const copy = new Uint8Array(padded);
    copy.set(outline);
    parts.push(copy);
    offset += padded;
  }
  loca.setUint32(4 * n, offset);
  const glyf = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    glyf.set(part, at);
    at += part.length;
  }
  const copyTable = (tag: string) => {
    const t = font.tables.get(tag)!;
    return new Uint8Array(font.bytes.subarray(t.offset, t.offset + t.length));
  };
  const head = copyTable('head');
  new DataView(head.buffer).setUint32(8, 0);
  new DataView(head.buffer).setInt16(50, 1);
  const hhea = copyTable('hhea');
  new DataView(hhea.buffer).setUint16(34, n);
  const post = copyTable('post').slice(0, 32);
  new DataView(post.buffer).setUint32(0, 0x00030000);
  const tables: [string, Uint8Array][] = [
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['maxp', copyTable('maxp')],
    ['post', post],
  ];
  const headerLength = 12 + 16 * tables.length;
  let total = headerLength;
  for (const [, data] of tables) total += (data.length + 3) & ~3;
  const file = new Uint8Array(total);
  const out = new DataView(file.buffer);
  const log2 = Math.floor(Math.log2(tables.length));
  out.setUint32(0, 0x00010000);
  out.setUint16(4, tables.length);
  out.setUint16(6, 16 * 2 ** log2);
  out.setUint16(8, log2);
  out.setUint16(10, 16 * tables.length - 16 * 2 ** log2);
  let dataAt = headerLength;
  tables.forEach(([tag, data], i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) file[entry + c] = tag.charCodeAt(c);
    out.setUint32(entry + 4, checksum(data));
    out.setUint32(entry + 8, dataAt);
    out.setUint32(entry + 12, data.length);
    file.set(data, dataAt);
    dataAt += (data.length + 3) & ~3;
  });
  const headAt = out.getUint32(12 + 16 * 1 + 8);
  out.setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return { file, glyphs: [...outlines.keys()].sort((a, b) => a - b) };
}
