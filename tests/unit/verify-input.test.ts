// Reading what an employer hands the verifier, before any signature is checked: pasted text, QR
// code contents, the ID a token claims, and files (issued PDFs rendered and their QR codes decoded
// with the Node decoders `npm run verify` uses; the browser's are tested in tests/browser/).
import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { nodeDecoders } from '../../src/lib/certificates/node-decoders.ts';
import { loadCertificateFonts, renderCertificatePdf } from '../../src/lib/certificates/pdf/layout.ts';
import { latestLedgerEntries } from '../../src/lib/certificates/registry.ts';
import { certificateInput } from '../../src/lib/certificates/render.ts';
import { checkContent } from '../../src/lib/site/content/check.ts';
import {
  claimedId,
  MAX_FILE_BYTES,
  readVerifyFile,
  readVerifyInput,
  registryCode,
  sniffFileKind,
} from '../../src/lib/certificates/verify-input.ts';

const token = (claims: object) =>
  `${base64url.encode('{"alg":"EdDSA","kid":"k","typ":"JWT"}')}.${base64url.encode(JSON.stringify(claims))}.c2ln`;
const genuineShape = token({ sub: 'EFCE-CMA-2027-0042', name: 'Ana' });

describe('readVerifyInput', () => {
  it.each([
    ['', { kind: 'problem', problem: 'empty' }],
    ['   \n', { kind: 'problem', problem: 'empty' }],
    [
      `https://ttt.example/registry/EFCE-CMA-2027-0042/#${genuineShape}`,
      { kind: 'token', token: genuineShape, page: 'EFCE-CMA-2027-0042' },
    ],
    [
      `ttt.example/registry/efce-cma-2027-0042/#${genuineShape}`,
      { kind: 'token', token: genuineShape, page: 'EFCE-CMA-2027-0042' },
    ],
    [`https://shop.example/item#${genuineShape}`, { kind: 'token', token: genuineShape }],
    ['https://ttt.example/registry/EFCE-CMA-2027-0042/', { kind: 'id', id: 'EFCE-CMA-2027-0042' }],
    ['https://ttt.example/registry/efce-ins-2027-0001', { kind: 'id', id: 'EFCE-INS-2027-0001' }],
    [' efce-cma-2027-0042 ', { kind: 'id', id: 'EFCE-CMA-2027-0042' }],
    [genuineShape, { kind: 'token', token: genuineShape }],
    [` ${genuineShape.slice(0, 30)}\n  ${genuineShape.slice(30)} `, { kind: 'token', token: genuineShape }],
    ['hello world', { kind: 'token', token: 'helloworld' }],
    ['https://ttt.example/about/', { kind: 'token', token: 'https://ttt.example/about/' }],
  ])('%j', (text, expected) => {
    expect(readVerifyInput(text)).toEqual(expected);
  });
});

describe('registryCode', () => {
  it('takes the token and record page of a registry address only', () => {
    expect(registryCode(`https://ttt.example/registry/EFCE-CMA-2027-0042/#${genuineShape}`)).toEqual({
      token: genuineShape,
      page: 'EFCE-CMA-2027-0042',
    });
    expect(registryCode('https://ttt.example/registry/EFCE-CMA-2027-0042/')).toBeUndefined();
    expect(registryCode(`https://shop.example/item/42#${genuineShape}`)).toBeUndefined();
    expect(registryCode('WIFI:S:cafe;T:WPA;P:secret;;')).toBeUndefined();
  });
});

describe('claimedId', () => {
  it('reads a well-formed ID from an unverified token, and nothing else', () => {
    expect(claimedId(genuineShape)).toBe('EFCE-CMA-2027-0042');
    // A path or an address in `sub` must never choose the page the browser goes to.
    for (const sub of ['../../admin', 'https://evil.example/', 'EFCE-CMA-2027-0042/../x', 42])
      expect(claimedId(token({ sub })), String(sub)).toBeUndefined();
    expect(claimedId('garbage')).toBeUndefined();
    expect(claimedId('a.!!!.c')).toBeUndefined();
  });
});

describe('certificate files', () => {
  const bytes = (...values: (number | string)[]) =>
    new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

  it('tells PDF, PNG, JPEG, WebP and JSON from their first bytes, whatever the name says', () => {
    expect(sniffFileKind(bytes('%PDF-1.7'))).toBe('pdf');
    expect(sniffFileKind(bytes(0x89, 'PNG', 13, 10))).toBe('png');
    expect(sniffFileKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffFileKind(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
    expect(sniffFileKind(bytes('  {"@context"'))).toBe('json');
    expect(sniffFileKind(bytes(0xef, 0xbb, 0xbf, '{"a"'))).toBe('json');
    expect(sniffFileKind(bytes('GIF89a'))).toBeUndefined();
    expect(sniffFileKind(bytes('hello'))).toBeUndefined();
  });

  it('reads an issued PDF’s printed QR code, which names its record, and its embedded token, the same', async () => {
    // Shipped certificates, rendered here as the build renders them: the unit tier needs no build.
    const { content } = checkContent('content');
    const issued = [...latestLedgerEntries(content!.ledger).values()].slice(0, 3);
    expect(issued.length).toBeGreaterThan(0);
    for (const entry of issued) {
      const input = certificateInput(content!, entry, en.certificates.pdf);
      const pdf = await renderCertificatePdf(input, loadCertificateFonts());
      const request = await readVerifyFile(new Blob([Uint8Array.from(pdf)]), nodeDecoders);
      expect(request, entry.id).toEqual({ kind: 'token', token: entry.token, page: entry.id, embedded: entry.token });
    }
  });

  it('names the problem with a file instead of guessing', async () => {
    const read = (...parts: BlobPart[]) => readVerifyFile(new Blob(parts), nodeDecoders);
    expect(await read(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ kind: 'problem', problem: 'too-large' });
    expect(await read('hello')).toEqual({ kind: 'problem', problem: 'not-supported' });
    expect(await read('%PDF-1.7\nnot really a PDF')).toEqual({ kind: 'problem', problem: 'unreadable' });
    expect(await read(bytes(0x89, 'PNG', 13, 10, 26, 10, 'cut short'))).toEqual({
      kind: 'problem',
      problem: 'unreadable',
    });
    expect(await read('{ "not": json')).toEqual({ kind: 'problem', problem: 'unreadable' });
    expect(await read('{ "type": ["OpenBadgeCredential"] }')).toEqual({
      kind: 'credential',
      credential: { type: ['OpenBadgeCredential'] },
    });
  });
});
