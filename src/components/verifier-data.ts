// What the verifier's script needs besides the record: the published keys, the issuer and its words.
// It is the same on every page of a language, 41,688 pages at 10,000 trainers, so it is written as
// JSON once per language (1.4 s of the build when written on every page, profiled).
import { scriptJson } from '../lib/site/script-json.ts';
import type { PublicKeySet } from '../lib/certificates/token.ts';

interface VerifierData {
  keys: PublicKeySet;
  issuer: string;
  /** The language's verifier words: one object per language, so it tells the languages apart. */
  text: object;
  colon: string;
}

const written = new WeakMap<object, string>();

export function verifierDataJson(data: VerifierData): string {
  let json = written.get(data.text);
  if (json === undefined) written.set(data.text, (json = scriptJson(data)));
  return json;
}
