// Hostile and broken certificate tokens, each with the verdict a verifier must give, and
// certificate PDFs whose parts disagree. Built with real keys and real issued PDFs at run time: the
// attacker's key pair is generated here, the genuine one is passed in.
import { createHmac } from 'node:crypto';
import { base64url, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, rgb, type PDFNumber } from 'pdf-lib';
import QRCode from 'qrcode';
import type { Verdict } from '../../src/lib/certificates/registry.ts';
import type { TokenClaims } from '../../src/lib/certificates/token.ts';
import { TOKEN_INFO_KEY } from '../../src/lib/certificates/verify-input.ts';

export interface Forgery {
  name: string;
  token: string;
  verdict: Verdict;
}

const b64json = (value: unknown) => base64url.encode(JSON.stringify(value));

/** Signs any header and payload with Ed25519, bypassing a library's checks on the header. */
export async function rawSign(header: object, payload: object, key: CryptoKey): Promise<string> {
  const input = `${b64json(header)}.${b64json(payload)}`;
  const signature = await crypto.subtle.sign('Ed25519', key, new TextEncoder().encode(input));
  return `${input}.${base64url.encode(new Uint8Array(signature))}`;
}

function claimsOf(token: string): TokenClaims {
  return JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1] ?? ''))) as TokenClaims;
}

export interface ForgeryInput {
  /** A genuine, currently valid token for the record the forgeries are shown on. */
  genuine: string;
  /** The genuine signing key and its ID. */
  key: CryptoKey;
  kid: string;
  /** The genuine public key's `x`, used as an HMAC secret in the algorithm-confusion attack. */
  publicX: string;
  /** A genuine token for a different certificate. */
  otherCertificate: string;
  /** A token signed by a key that has since been withdrawn. */
  withdrawn: string;
}

/** Every attack and broken input from the issue, against one record. */
export async function forgeries(input: ForgeryInput): Promise<Forgery[]> {
  const { genuine, key, kid } = input;
  const [header = '', payload = '', signature = ''] = genuine.split('.');
  const claims = claimsOf(genuine);
  const attacker = await generateKeyPair('Ed25519', { extractable: true });
  const attackerJwk = await exportJWK(attacker.publicKey);
  const alteredClaims = { ...claims, name: 'Mallory Impostor' };
  // Flip one character in the middle of the signature (the last one carries padding bits).
  const middle = Math.floor(signature.length / 2);
  const flipped = signature.slice(0, middle) + (signature[middle] === 'A' ? 'B' : 'A') + signature.slice(middle + 1);
  const hsInput = `${b64json({ alg: 'HS256', kid, typ: 'JWT' })}.${payload}`;
  const hs256 = `${hsInput}.${base64url.encode(createHmac('sha256', input.publicX).update(hsInput).digest())}`;
  const hs256RawKey = `${hsInput}.${base64url.encode(
    createHmac('sha256', Buffer.from(base64url.decode(input.publicX)))
      .update(hsInput)
      .digest(),
  )}`;
  return [
    { name: 'tampered payload', token: `${header}.${b64json(alteredClaims)}.${signature}`, verdict: 'forged' },
    { name: 'tampered signature', token: `${header}.${payload}.${flipped}`, verdict: 'forged' },
    {
      name: 'alg none',
      token: `${b64json({ alg: 'none', kid, typ: 'JWT' })}.${b64json(alteredClaims)}.`,
      verdict: 'forged',
    },
    { name: 'HS256 with the public key as secret', token: hs256, verdict: 'forged' },
    { name: 'HS256 with the raw public key bytes as secret', token: hs256RawKey, verdict: 'forged' },
    {
      name: 'jwk header with an attacker key',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT', jwk: attackerJwk }, alteredClaims, attacker.privateKey),
      verdict: 'forged',
    },
    {
      name: 'jku header pointing at an attacker key set',
      token: await rawSign(
        { alg: 'EdDSA', kid, typ: 'JWT', jku: 'https://attacker.example/jwks.json' },
        alteredClaims,
        attacker.privateKey,
      ),
      verdict: 'forged',
    },
    {
      name: 'crit header, even with the genuine key',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT', crit: ['exp'], exp: 1 }, claims, key),
      verdict: 'forged',
    },
    {
      name: 'unknown kid',
      token: await rawSign({ alg: 'EdDSA', kid: 'zzzzzzzz', typ: 'JWT' }, alteredClaims, attacker.privateKey),
      verdict: 'forged',
    },
    {
      name: 'genuine kid, attacker signature',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT' }, alteredClaims, attacker.privateKey),
      verdict: 'forged',
    },
    { name: 'withdrawn key', token: input.withdrawn, verdict: 'forged' },
    { name: 'genuine token of another certificate', token: input.otherCertificate, verdict: 'forged' },
    {
      name: 'genuine key, name contradicting the registry',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT' }, alteredClaims, key),
      verdict: 'forged',
    },
    {
      name: 'genuine key, certification contradicting the registry',
      token: await rawSign(
        { alg: 'EdDSA', kid, typ: 'JWT' },
        { ...claims, cert: claims.cert === 'cma' ? 'instructor' : 'cma' },
        key,
      ),
      verdict: 'forged',
    },
    {
      name: 'genuine key, another issuer',
      token: await rawSign({ alg: 'EdDSA', kid, typ: 'JWT' }, { ...claims, iss: 'https://attacker.example' }, key),
      verdict: 'forged',
    },
    { name: '1 MB fragment', token: 'A'.repeat(1024 * 1024), verdict: 'malformed' },
    { name: 'garbage', token: 'hello%20world<script>alert(1)</script>', verdict: 'malformed' },
    { name: 'two segments', token: `${header}.${payload}`, verdict: 'malformed' },
    {
      name: 'header that is not JSON',
      token: `${base64url.encode('not json')}.${payload}.${signature}`,
      verdict: 'malformed',
    },
  ];
}

/**
 * Holder A's issued PDF with holder B's genuine token put in its document information: A's name
 * and QR code printed, B's token inside, saved whole by pdf-lib as an editor would.
 */
export async function pdfWithHiddenToken(pdf: Uint8Array, token: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of(TOKEN_INFO_KEY), PDFString.of(token));
  return doc.save({ useObjectStreams: false });
}

/**
 * The same forgery as an incremental update, the way many PDF editors save: a new document
 * information holding `token` appended after the original bytes, where A's token stays, first.
 */
export function pdfWithAppendedToken(pdf: Uint8Array, token: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const [, trailer = '', previous = ''] = /trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/s.exec(text) ?? [];
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1];
  const infoNumber = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  const info = new RegExp(`\\n${infoNumber} 0 obj\\s*(<<.*?>>)\\s*endobj`, 's')
    .exec(text)?.[1]
    ?.replace(new RegExp(`/${TOKEN_INFO_KEY} \\([^)]*\\)`), `/${TOKEN_INFO_KEY} (${token})`);
  if (!size || !root || !info?.includes(token)) throw new Error('not a certificate PDF as npm run issue writes it');
  const object = `\n${size} 0 obj\n${info}\nendobj\n`;
  const entry = `${String(pdf.length + 1).padStart(10, '0')} 00000 n \n`;
  const update = `${object}xref\n${size} 1\n${entry}trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${previous} >>\nstartxref\n${pdf.length + object.length}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/**
 * The reverse forgery: holder A's issued PDF, A's token still inside, with the QR code of `qrText`
 * (holder B's registry address) drawn over A's, where the page's first link (the QR code's) lies.
 */
export async function pdfWithOtherQr(pdf: Uint8Array, qrText: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const page = doc.getPage(0);
  const [link] = page.node.Annots()?.asArray() ?? [];
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = doc.context
    .lookup(link, PDFDict)
    .lookup(PDFName.of('Rect'), PDFArray)
    .asArray()
    .map((n) => (n as PDFNumber).asNumber());
  const image = await doc.embedPng(await QRCode.toBuffer(qrText, { errorCorrectionLevel: 'M', margin: 0, scale: 8 }));
  page.drawRectangle({ x: x1 - 6, y: y1 - 6, width: x2 - x1 + 12, height: y2 - y1 + 12, color: rgb(1, 1, 1) });
  page.drawImage(image, { x: x1, y: y1, width: x2 - x1, height: y2 - y1 });
  return doc.save({ useObjectStreams: false });
}
