/**
 * Baked badges (Open Badges 3.0, "Baking"): the signed credential inside the badge's PNG, in one
 * uncompressed `iTXt` chunk with the keyword `openbadgecredential`, so a badge platform handed the
 * image alone gets the credential too. Chunks are split and joined, CRCs included, by
 * png-chunks-extract and png-chunks-encode; this file only lays out the iTXt fields (PNG §11.3.4.5).
 */
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';

export const BAKED_KEYWORD = 'openbadgecredential';

/** A PNG that cannot be read as a baked badge, worded for the person who handed it over. */
export class BakedBadgeError extends Error {}

type Chunk = { name: string; data: Uint8Array };

/** keyword, NUL, compression flag, compression method, language tag + NUL, translated keyword + NUL, text. */
function itxtChunk(keyword: string, text: string): Chunk {
  const head = new TextEncoder().encode(`${keyword}\0\0\0\0\0`);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return { name: 'iTXt', data };
}

/** The fields of an iTXt chunk, or undefined when it is cut short. */
function readItxt(data: Uint8Array): { keyword: string; compressed: boolean; text: Uint8Array } | undefined {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 0 || keywordEnd + 3 > data.length) return undefined;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  return {
    keyword: new TextDecoder('latin1').decode(data.subarray(0, keywordEnd)),
    compressed: data[keywordEnd + 1] !== 0,
    text: data.subarray(translatedEnd + 1),
  };
}

const isBakedCredential = (chunk: Chunk) => chunk.name === 'iTXt' && readItxt(chunk.data)?.keyword === BAKED_KEYWORD;

/**
 * A baker for one badge: given the JSON text of a signed credential, the badge's PNG with it
 * baked in, just before the end of the image (a credential baked in earlier is replaced). The
 * badge's own chunks are encoded once, so baking thousands of certificates costs little.
 *
 * @example const bake = credentialBaker(badgePng); writeFileSync('EFCE-CMA-2027-0042.png', bake(json));
 */
export function credentialBaker(png: Uint8Array): (credential: string) => Uint8Array {
  const chunks = extractChunks(png).filter((chunk) => !isBakedCredential(chunk));
  const end = chunks.findIndex((chunk) => chunk.name === 'IEND');
  const head = encodeChunks(chunks.slice(0, end));
  const tail = chunks.slice(end);
  return (credential) => {
    // Encoded with the PNG signature in front, which the head already has.
    const rest = encodeChunks([itxtChunk(BAKED_KEYWORD, credential), ...tail]).subarray(8);
    const baked = new Uint8Array(head.length + rest.length);
    baked.set(head);
    baked.set(rest, head.length);
    return baked;
  };
}

/**
 * The credential baked into a PNG, as its JSON text; undefined when the PNG carries none. Throws
 * a `BakedBadgeError` for a file that is not a sound PNG, a compressed credential (the
 * specification forbids it) or two credentials in one image.
 */
export function readBakedCredential(png: Uint8Array): string | undefined {
  let chunks: Chunk[];
  try {
    chunks = extractChunks(png);
  } catch (error) {
    throw new BakedBadgeError(`not a readable PNG image (${error instanceof Error ? error.message : String(error)})`);
  }
  const baked = chunks.filter(isBakedCredential);
  if (baked.length > 1)
    throw new BakedBadgeError(`the image holds ${baked.length} baked credentials; a badge holds one`);
  if (baked.length === 0) return undefined;
  const fields = readItxt(baked[0]!.data)!;
  if (fields.compressed)
    throw new BakedBadgeError('the baked credential is compressed, which Open Badges 3.0 does not allow');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fields.text);
  } catch {
    throw new BakedBadgeError('the baked credential is not UTF-8 text');
  }
}
