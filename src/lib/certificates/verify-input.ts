/**
 * The one reader of everything an employer hands the verifier — pasted text, a PDF, a photo or a
 * scan, an image-only PDF — read without trusting it into one request: the registry code the
 * person sees (for a file, its printed QR code), a certificate ID, or the problem (worded in `i18n`
 * under `certificates.verifier.messages`). The page and `npm run verify` both use it; what differs
 * between them, loading pdf.js and decoding QR codes, is passed in as `Decoders`
 * (`src/scripts/read-certificate-file.ts` in the browser, `node-decoders.ts` in Node). Whatever the
 * input, a token ends in `judgeToken`. No DOM, no Node APIs.
 */
import type * as PdfJs from 'pdfjs-dist';
import { readBakedCredential } from './baked-badge.ts';
import { MAX_TOKEN_LENGTH } from './token.ts';

/** A certificate ID such as `EFCE-CMA-2027-0042`: prefix, kind, award year, sequence. */
const CERTIFICATE_ID = /^[A-Z0-9]{1,16}-(?:CMA|INS)-\d{4}-\d{4,6}$/;

/** Info-dictionary key of a certificate PDF that carries the token (written by `renderCertificatePdf`). */
export const TOKEN_INFO_KEY = 'CertificateToken';

/** Largest file the verifier reads; a certificate PDF is about 30 KB, a phone photo a few MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Longest side an image is decoded at: a phone photo is scaled down, keeping ~4 px per QR module. */
export const MAX_IMAGE_SIDE = 3200;

/**
 * Pixels on the longest side a PDF page is rendered at: ~3.7 px per module for a 42 mm version-15
 * QR code (a rotated 100-dpi scan still decodes at 1,200); rendering is most of a PDF's check.
 */
const PDF_RENDER_SIDE = 2000;

/** What ZXing is asked for, the same in the browser and in Node. */
export const QR_READER_OPTIONS = { formats: ['QRCode' as const], tryHarder: true, maxNumberOfSymbols: 4 };

/** Why an input gives no code to judge; each is a key of `certificates.verifier.messages`. */
export type InputProblem = 'empty' | 'too-large' | 'not-supported' | 'no-code' | 'unreadable' | 'offline';

export type VerifyRequest =
  /**
   * Something to judge as a token (it may well be garbage: `judgeToken` says `malformed`); the
   * record page its registry address or QR code names, which judges it exactly as when the QR code
   * is scanned; and for a PDF, the token its document information embeds, which must be the same.
   */
  | { kind: 'token'; token: string; page?: string | undefined; embedded?: string | undefined }
  /** A certificate ID alone: it names a record but proves nothing about a paper. */
  | { kind: 'id'; id: string }
  /** A JSON file: an Open Badges credential, judged by `judgeCredential` (`npm run verify` only). */
  | { kind: 'credential'; credential: object }
  | { kind: 'problem'; problem: InputProblem };

/** RGBA pixels, as a canvas's `ImageData` holds them. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** What the platform provides for reading files. */
export interface Decoders {
  /** pdf.js, loaded the platform's way (with its worker in the browser, its legacy build in Node). */
  pdfjs(): Promise<typeof PdfJs>;
  /** The text of every QR code in pixels or in an image file (PNG, JPEG, WebP), read with ZXing. */
  decodeQr(image: Pixels | Blob): Promise<string[]>;
}

/** Thrown by `Decoders` that cannot be loaded (the browser is offline): the next try loads them again. */
export class DecoderUnavailable extends Error {}

const problem = (reason: InputProblem): VerifyRequest => ({ kind: 'problem', problem: reason });

/** The certificate ID in a registry path (`/registry/<ID>/`), upper-cased; undefined if there is none. */
function idInPath(pathname: string): string | undefined {
  const match = /\/registry\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]).toUpperCase();
  } catch {
    return undefined;
  }
  return CERTIFICATE_ID.test(id) ? id : undefined;
}

/**
 * Reads pasted text: a URL with a `#token` fragment gives the token; a registry URL without one,
 * or an ID, gives the ID; anything else is judged as a token. White space is dropped, because a
 * code copied from an e-mail is often broken across lines.
 *
 * @example readVerifyInput('https://ttt.example/registry/EFCE-CMA-2027-0042/#eyJ…') // { kind: 'token', token: 'eyJ…', page: 'EFCE-CMA-2027-0042' }
 */
export function readVerifyInput(text: string): VerifyRequest {
  const trimmed = text.trim();
  if (!trimmed) return problem('empty');
  if (/^https?:\/\//i.test(trimmed) || trimmed.includes('/registry/')) {
    let url: URL;
    try {
      url = new URL(trimmed, 'https://registry.invalid');
    } catch {
      return { kind: 'token', token: trimmed };
    }
    const fragment = url.hash.slice(1).replace(/\s+/g, '');
    const id = idInPath(url.pathname);
    if (fragment) return id ? { kind: 'token', token: fragment, page: id } : { kind: 'token', token: fragment };
    return id ? { kind: 'id', id } : { kind: 'token', token: trimmed };
  }
  const compact = trimmed.replace(/\s+/g, '');
  if (CERTIFICATE_ID.test(compact.toUpperCase())) return { kind: 'id', id: compact.toUpperCase() };
  return { kind: 'token', token: compact };
}

/**
 * The token and record page of a decoded QR code, if it is a registry code: a URL whose path is a
 * registry record and whose fragment carries the token. Other QR codes in view are ignored.
 */
export function registryCode(text: string): { token: string; page: string } | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const token = url.hash.slice(1);
  const page = idInPath(url.pathname);
  return token && page ? { token, page } : undefined;
}

/**
 * The certificate ID a token claims, read without verifying it, when it is a well-formed ID: used
 * only to choose which record page judges the token.
 */
export function claimedId(token: string): string | undefined {
  const payload = token.length <= MAX_TOKEN_LENGTH ? token.split('.')[1] : undefined;
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && CERTIFICATE_ID.test(sub) ? sub : undefined;
  } catch {
    return undefined;
  }
}

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'webp' | 'json';

/** The kind of file from its first bytes (names and MIME types can lie); undefined if none we read. */
export function sniffFileKind(head: Uint8Array): FileKind | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (/^(\xEF\xBB\xBF)?\s*\{/.test(ascii(0, head.length))) return 'json';
  return undefined;
}

/**
 * The first page of a PDF as pixels, and the token its document information holds: the Info that
 * the trailer names, as every PDF reader sees it (an incremental save replaces it).
 */
async function readPdf(pdfjs: typeof PdfJs, bytes: Uint8Array): Promise<{ page: Pixels; embedded?: string }> {
  // No system fonts and no font or CMap files fetched: the page only has to be good enough to decode.
  const task = pdfjs.getDocument({ data: bytes, useSystemFonts: false, verbosity: pdfjs.VerbosityLevel.ERRORS });
  try {
    const document = await task.promise;
    const { info } = (await document.getMetadata()) as { info: { Custom?: Map<string, unknown> } };
    const value = info.Custom?.get(TOKEN_INFO_KEY);
    // Anything but a string there was not written by `npm run issue`, and can match no printed code.
    const embedded = value === undefined ? undefined : typeof value === 'string' ? value : '';
    const page = await document.getPage(1);
    const unit = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: PDF_RENDER_SIDE / Math.max(unit.width, unit.height) });
    // pdf.js's own canvas: a <canvas> in the browser, @napi-rs/canvas in Node.
    const { canvas, context } = (document.canvasFactory as PdfCanvasFactory).create(
      Math.round(viewport.width),
      Math.round(viewport.height),
    );
    await page.render({ canvas, viewport }).promise;
    return {
      page: context.getImageData(0, 0, canvas.width, canvas.height),
      ...(embedded === undefined ? {} : { embedded }),
    };
  } finally {
    await task.destroy();
  }
}

interface PdfCanvasFactory {
  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
}

/** The registry codes among decoded QR texts, in the order found. */
function registryCodes(texts: string[]): { token: string; page: string }[] {
  return texts.map(registryCode).filter((code) => code !== undefined);
}

/** A credential's JSON text as a request; anything but a JSON object is unreadable. */
function credentialRequest(json: string): VerifyRequest {
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { kind: 'credential', credential: value }
    : problem('unreadable');
}

/**
 * Reads a file: a PDF's printed QR code (its first page, rendered) and embedded token; the QR code
 * of a photo or scan; a credential's JSON, or the one baked into a badge PNG. For a PDF the printed code is the one to judge, returned
 * with the token the file embeds: if they differ (or another printed code does), `judgeToken`
 * calls the file forged.
 *
 * @example const request = await readVerifyFile(file, decoders); if (request.kind === 'token') …
 */
export async function readVerifyFile(file: Blob, decoders: Decoders): Promise<VerifyRequest> {
  if (file.size > MAX_FILE_BYTES) return problem('too-large');
  const kind = sniffFileKind(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!kind) return problem('not-supported');
  try {
    if (kind === 'json') return credentialRequest(await file.text());
    if (kind === 'png') {
      // A baked badge carries its credential, which is judged as a credential file would be.
      const baked = readBakedCredential(new Uint8Array(await file.arrayBuffer()));
      if (baked !== undefined) return credentialRequest(baked);
    }
    if (kind !== 'pdf') {
      const [code] = registryCodes(await decoders.decodeQr(file));
      return code ? { kind: 'token', ...code } : problem('no-code');
    }
    const { page, embedded } = await readPdf(await decoders.pdfjs(), new Uint8Array(await file.arrayBuffer()));
    const codes = registryCodes(await decoders.decodeQr(page));
    // Any printed code that is not the embedded one makes the parts disagree; else the first.
    const printed = codes.find((code) => embedded !== undefined && code.token !== embedded) ?? codes[0];
    if (!printed) return problem('no-code');
    return { kind: 'token', ...printed, ...(embedded === undefined ? {} : { embedded }) };
  } catch (error) {
    return problem(error instanceof DecoderUnavailable ? 'offline' : 'unreadable');
  }
}
