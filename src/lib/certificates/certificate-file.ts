/**
 * A file handed to the verifier, read without trusting it: what kind it is from its first bytes,
 * and the token an issued certificate PDF carries. Runs in the browser and in Node.
 */
import { MAX_TOKEN_LENGTH } from './token.ts';

/** Info-dictionary key of a certificate PDF that carries the token (written by `renderCertificatePdf`). */
export const TOKEN_INFO_KEY = 'CertificateToken';

/** Largest file the verifier reads; a certificate PDF is about 30 KB, a phone photo a few MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'webp';

/** The kind of file from its first bytes (names and MIME types can lie); undefined if none we read. */
export function sniffFileKind(head: Uint8Array): FileKind | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

/**
 * The token a certificate PDF carries in its document information, found in the raw bytes (the
 * issued PDF writes it uncompressed). Undefined for any other PDF, which then needs its QR code.
 */
export function embeddedToken(pdf: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one character, so binary streams cannot break the search.
  const text = new TextDecoder('latin1').decode(pdf);
  const match = new RegExp(`/${TOKEN_INFO_KEY}\\s*\\(([A-Za-z0-9_.-]{1,${MAX_TOKEN_LENGTH}})\\)`).exec(text);
  return match?.[1];
}
