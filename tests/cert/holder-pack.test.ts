// Each holder's pack through the real commands, on a temporary content folder (with a logo) and keys
// made at run time: credentials name the badge and the logo, pass the official 1EdTech schema and
// verify; the baked PNG carries exactly certificates/<ID>.json and verifies with `npm run verify`;
// the draft e-mails parse back (mailparser) with every attachment byte for byte; addresses come only
// from certificates/addresses.csv and reach no other file; the build publishes the images the
// credentials name and shows them on record and trainer pages. Steps build on each other, in order.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { simpleParser, type AddressObject } from 'mailparser';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { credentialBaker } from '../../src/lib/certificates/baked-badge.ts';
import { verifyCredentialProof, type Credential } from '../../src/lib/certificates/credential.ts';
import { holderEmail } from '../../src/lib/certificates/holder-pack.ts';
import { readPublicKeys } from '../../src/lib/certificates/keys.ts';
import { certificateInput } from '../../src/lib/certificates/render.ts';
import { checkContent } from '../../src/lib/site/content/check.ts';
import type { LedgerEntry } from '../../src/lib/site/schemas/index.ts';
import {
  buildSite,
  issueWithNewKey,
  makeCertContent,
  readLedger,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';

const SITE = 'https://ttt.test.example';
/** An address that exists only in addresses.csv, to be looked for everywhere else. */
const ANA = 'ana.private.7f3a@holders.test';
const LUKASZ = 'lukasz.private.9c1e@holders.test';
const TITLES = {
  cma: 'Cluster Management Association Certification',
  instructor: 'Cluster Excellence Management Instructor',
};
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44"><rect width="150" height="44" fill="#0b4f8a"/></svg>\n`;

let content = '';
let keys = '';
let certs = '';
const env = () => ({ CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs });
const latest = (trainer: string, cert: string) =>
  readLedger(content).findLast((e) => e.trainer === trainer && e.cert === cert)!;
const file = (id: string, extension: string) => join(certs, `${id}.${extension}`);
const credentialOf = (id: string) => JSON.parse(readFileSync(file(id, 'json'), 'utf8')) as Credential;
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile(
  JSON.parse(readFileSync('tests/helpers/ob-v3p0/achievementcredential.json', 'utf8')) as object,
);

/** The iTXt chunks of a PNG with their fields, read here by the PNG specification, not by the code under test. */
function itxtChunks(png: Uint8Array) {
  return extractChunks(png)
    .filter((chunk) => chunk.name === 'iTXt')
    .map(({ data }) => {
      const keywordEnd = data.indexOf(0);
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      return {
        keyword: Buffer.from(data.subarray(0, keywordEnd)).toString('latin1'),
        compressed: data[keywordEnd + 1],
        text: Buffer.from(data.subarray(translatedEnd + 1)).toString('utf8'),
      };
    });
}

/** Every file under `dir`, as absolute paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(() => {
  content = makeCertContent({ 'logo.svg': LOGO });
  keys = tempDir('keys');
  certs = tempDir('certs');
  // As a spreadsheet saves it: a header, quotes, Windows line ends; Łukasz's file name with its extension.
  writeFileSync(
    join(certs, 'addresses.csv'),
    `trainer,email\r\nana-lopez,"${ANA}"\r\nlukasz-zolc-dvorak.md,${LUKASZ}\r\n`,
  );
  expect(issueWithNewKey(env()).stdout).toContain('Holder packs:');
});

describe('credentials name the badge and the logo', () => {
  it('as OB 3.0 Images with id and caption, pass the 1EdTech schema and verify', async () => {
    const ledger = readLedger(content);
    expect(ledger.length).toBeGreaterThan(5);
    for (const entry of ledger) {
      const credential = credentialOf(entry.id);
      const subject = credential.credentialSubject as { achievement: Record<string, unknown> };
      expect(subject.achievement.image).toEqual({
        id: `${SITE}/badges/${entry.cert}.png`,
        type: 'Image',
        caption: subject.achievement.name,
      });
      expect((credential.issuer as Record<string, unknown>).image).toEqual({
        id: `${SITE}/badges/issuer.png`,
        type: 'Image',
        caption: 'Test Foundation',
      });
      expect(validateSchema(credential), `${entry.id}: ${JSON.stringify(validateSchema.errors)}`).toBe(true);
      expect(await verifyCredentialProof(credential, readPublicKeys(keys), SITE), entry.id).toEqual({ ok: true });
    }
    // The schema holds images to its rules: one without its type fails it.
    const broken = credentialOf(latest('ana-lopez', 'cma').id);
    delete (broken.credentialSubject as { achievement: { image: { type?: string } } }).achievement.image.type;
    expect(validateSchema(broken)).toBe(false);
  });
});

describe('baked badges', () => {
  it('certificates/<ID>.png is the badge at 600 × 600 with one uncompressed openbadgecredential chunk equal to <ID>.json', async () => {
    for (const entry of readLedger(content)) {
      const png = readFileSync(file(entry.id, 'png'));
      expect(await sharp(png).metadata(), entry.id).toMatchObject({ format: 'png', width: 600, height: 600 });
      const baked = itxtChunks(png).filter((chunk) => chunk.keyword === 'openbadgecredential');
      expect(baked, entry.id).toHaveLength(1);
      expect(baked[0]!.compressed).toBe(0);
      expect(baked[0]!.text).toBe(readFileSync(file(entry.id, 'json'), 'utf8'));
    }
  });

  it('npm run verify reads it: valid, expired, and forged when the baked credential was changed', () => {
    const valid = runScript('verify', [file(latest('lukasz-zolc-dvorak', 'cma').id, 'png')], env());
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toMatch(/^valid: /);
    expect(valid.stdout).toContain('Łukasz Żółć-Dvořák');
    const expired = runScript('verify', [file(latest('greta-expired', 'instructor').id, 'png')], env());
    expect(expired.code).toBe(1);
    expect(expired.stderr).toMatch(/^expired: /);

    const id = latest('ana-lopez', 'cma').id;
    const png = readFileSync(file(id, 'png'));
    const forged = join(tempDir('forged'), 'badge.png');
    writeFileSync(
      forged,
      credentialBaker(png)(readFileSync(file(id, 'json'), 'utf8').replace('Ana López', 'Ann López')),
    );
    const run = runScript('verify', [forged], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^forged: /);
  });

  it('npm run verify calls a badge with two baked credentials unreadable (exit 2), without a stack trace', () => {
    const chunks = extractChunks(readFileSync(file(latest('ana-lopez', 'cma').id, 'png')));
    const baked = chunks.find((chunk) => chunk.name === 'iTXt')!;
    const twice = join(tempDir('twice'), 'badge.png');
    writeFileSync(twice, encodeChunks([...chunks.slice(0, -1), baked, ...chunks.slice(-1)]));
    const run = runScript('verify', [twice], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(en.certificates.verifier.messages.unreadable);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('draft e-mails', () => {
  const parse = (id: string) => simpleParser(readFileSync(file(id, 'eml')));

  it('one per certificate: a draft from the foundation, named for the holder, with the links and the three files byte for byte', async () => {
    for (const entry of readLedger(content)) {
      const mail = await parse(entry.id);
      const name = JSON.parse(Buffer.from(entry.token.split('.')[1]!, 'base64url').toString()).name as string;
      expect(mail.headers.get('x-unsent'), entry.id).toBe('1');
      expect(mail.from?.value).toEqual([{ address: 'hello@test.example', name: 'Test Foundation' }]);
      expect(mail.subject).toBe(`Your certificate ${entry.id}, ${name}`);
      expect(mail.text).toMatch(new RegExp(`^Dear ${name},\\n`));
      expect(mail.text).toContain(`Record: ${SITE}/registry/${entry.id}/\n`);
      expect(mail.text).toContain(`Wallet: add ${entry.id}.json to your wallet`);
      const linkedIn = new URL(/LinkedIn: (\S+)/.exec(mail.text ?? '')![1]!);
      expect(linkedIn.origin + linkedIn.pathname).toBe('https://www.linkedin.com/profile/add');
      expect(Object.fromEntries(linkedIn.searchParams)).toMatchObject({
        startTask: 'CERTIFICATION_NAME',
        name: TITLES[entry.cert],
        organizationName: 'Test Foundation',
        issueYear: entry.awarded.slice(0, 4),
        issueMonth: String(Number(entry.awarded.slice(5, 7))),
        certUrl: `${SITE}/registry/${entry.id}/`,
        certId: entry.id,
      });
      expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
        [`${entry.id}.pdf`, 'application/pdf'],
        [`${entry.id}.png`, 'image/png'],
        [`${entry.id}.json`, 'application/json'],
      ]);
      for (const attachment of mail.attachments)
        expect(attachment.content.equals(readFileSync(join(certs, attachment.filename!))), attachment.filename).toBe(
          true,
        );
    }
  });

  it('the recipient is the address in addresses.csv, and there is none for a holder without one', async () => {
    const to = async (id: string) => ((await parse(id)).to as AddressObject | undefined)?.value.map((v) => v.address);
    expect(await to(latest('ana-lopez', 'cma').id)).toEqual([ANA]);
    expect(await to(latest('lukasz-zolc-dvorak', 'instructor').id)).toEqual([LUKASZ]);
    const greta = latest('greta-expired', 'cma').id;
    const mail = await parse(greta);
    expect([mail.to, mail.cc, mail.bcc, mail.replyTo]).toEqual([undefined, undefined, undefined, undefined]);
    const raw = readFileSync(file(greta, 'eml'), 'utf8');
    expect(raw).not.toMatch(/^(To|Cc|Bcc):/im);
    for (const address of [ANA, LUKASZ]) expect(raw).not.toContain(address);
  });

  it('the same certificate gives the same file byte for byte', async () => {
    const { content: site } = checkContent(content);
    for (const entry of [latest('ana-lopez', 'cma'), latest('greta-expired', 'instructor')]) {
      const input = certificateInput(site!, entry, en.certificates.pdf);
      const files = {
        pdf: readFileSync(file(entry.id, 'pdf')),
        credential: readFileSync(file(entry.id, 'json'), 'utf8'),
        badge: readFileSync(file(entry.id, 'png')),
      };
      const again = await holderEmail(site!, input, files, entry.trainer === 'ana-lopez' ? ANA : undefined);
      expect(again.equals(readFileSync(file(entry.id, 'eml'))), entry.id).toBe(true);
    }
  });
});

describe('addresses.csv', () => {
  it('a bad file stops npm run issue before signing, naming every line, and changes nothing', () => {
    const ledger = readFileSync(join(content, 'ledger.jsonl'), 'utf8');
    writeFileSync(
      join(content, 'trainers/nils-new.md'),
      '---\nname: Nils New\ncountry: SE\norganisation: Example\ncertifications:\n  - { kind: cma, awarded: 2026-06-30 }\n---\nBio.\n',
    );
    const csv = readFileSync(join(certs, 'addresses.csv'));
    writeFileSync(
      join(certs, 'addresses.csv'),
      `ana-lopez,${ANA}\nnobody,x@holders.test\nnils-new,not-an-address\nana-lopez,${ANA}\nnils-new\n`,
    );
    const before = readdirSync(certs).sort();
    const run = runScript('issue', [], env());
    expect(run.code).toBe(1);
    const csvFile = `${certs}/addresses.csv`;
    for (const line of [
      `${csvFile}: line 2: expected the file name of a trainer in content/trainers/, like ana-lopez; found "nobody"`,
      `${csvFile}: line 3: expected an e-mail address for nils-new in the second column`,
      `${csvFile}: line 4: expected one address per trainer; ana-lopez is on line 1 too`,
      `${csvFile}: line 5: expected two columns: the trainer's file name and their e-mail address`,
    ])
      expect(run.stderr).toContain(line);
    expect(run.stderr).toContain('4 problem(s) in addresses.csv; nothing was issued.');
    expect(run.stderr).not.toContain('not-an-address');
    expect(readFileSync(join(content, 'ledger.jsonl'), 'utf8')).toBe(ledger);
    expect(readdirSync(certs).sort()).toEqual(before);
    writeFileSync(join(certs, 'addresses.csv'), csv);
    expect(runScript('issue', [], env()).code).toBe(0);
    expect(readFileSync(file(latest('nils-new', 'cma').id, 'eml'), 'utf8')).toContain('Dear Nils New,');
  });

  it("npm run build's render step keeps addresses.csv, the drafts and renewals.ics, and writes the same badges", () => {
    writeFileSync(join(certs, 'renewals.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const kept = readdirSync(certs).filter((name) => /\.(csv|eml|ics|png)$/.test(name));
    expect(kept.filter((name) => name.endsWith('.eml')).length).toBe(readLedger(content).length);
    const before = new Map(kept.map((name) => [name, readFileSync(join(certs, name))]));
    rmSync(file(latest('ana-lopez', 'cma').id, 'png'));
    const run = runScript('render-certificates', [], env());
    expect(run.code, run.stderr).toBe(0);
    for (const [name, bytes] of before) expect(readFileSync(join(certs, name)).equals(bytes), name).toBe(true);
  });
});

describe('the built site', () => {
  let dist = '';
  beforeAll(() => {
    dist = buildSite(content, keys);
  });

  it('publishes the images the credentials name: the badge as drawn and as PNG, and the logo', async () => {
    const entry: LedgerEntry = latest('lukasz-zolc-dvorak', 'instructor');
    const credential = credentialOf(entry.id);
    const badge = new URL(
      (credential.credentialSubject as { achievement: { image: { id: string } } }).achievement.image.id,
    );
    const logo = new URL((credential.issuer as { image: { id: string } }).image.id);
    const png = readFileSync(join(dist, badge.pathname));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 600, height: 600 });
    expect(await sharp(readFileSync(join(dist, logo.pathname))).metadata()).toMatchObject({
      format: 'png',
      height: 200,
    });
    expect(readFileSync(join(dist, 'badges/instructor.svg'))).toEqual(
      readFileSync(join(content, 'certifications/instructor.svg')),
    );
    // The holder's baked badge is that same image, pixel for pixel, with the credential added.
    const pixels = (bytes: Buffer) => sharp(bytes).raw().toBuffer();
    expect((await pixels(readFileSync(file(entry.id, 'png')))).equals(await pixels(png))).toBe(true);
    expect(statSync(file(entry.id, 'png')).size).toBeGreaterThan(png.length);
    // Any origin may fetch them; opened on its own, a badge may not run anything.
    const headers = readFileSync(join(dist, '_headers'), 'utf8').split(/\n(?=\/)/);
    const badges = headers.find((block) => block.startsWith('/badges/*\n'));
    expect(badges).toMatch(/Access-Control-Allow-Origin: \*/);
    expect(badges).toMatch(/Content-Security-Policy: default-src 'none';/);
  });

  it('record and trainer pages show the badge, with words in each language', () => {
    const id = latest('lukasz-zolc-dvorak', 'cma').id;
    const img = (kind: string, alt: string) =>
      new RegExp(`<img src="/badges/${kind}\\.svg" alt="${alt}" width="96" height="96"`);
    const title = 'Cluster Management Association Certification';
    expect(readFileSync(join(dist, 'registry', id, 'index.html'), 'utf8')).toMatch(
      img('cma', `Digital badge: ${title}`),
    );
    expect(readFileSync(join(dist, 'fr/registry', id, 'index.html'), 'utf8')).toMatch(
      img('cma', `Badge numérique\u00a0: ${title}`),
    );
    expect(readFileSync(join(dist, 'es/registry', id, 'index.html'), 'utf8')).toMatch(
      img('cma', `Insignia digital: ${title}`),
    );
    const trainer = readFileSync(join(dist, 'trainers/lukasz-zolc-dvorak/index.html'), 'utf8');
    expect(trainer).toMatch(img('cma', `Digital badge: ${title}`));
    expect(trainer).toMatch(img('instructor', 'Digital badge: Cluster Excellence Management Instructor'));
  });

  it('holders’ addresses reach no file but their own drafts: not content/, the ledger, dist/ or another certificate file', () => {
    const elsewhere = [
      ...filesUnder(content),
      ...filesUnder(dist),
      ...filesUnder(certs).filter((path) => !/\.eml$|addresses\.csv$/.test(path)),
    ];
    expect(elsewhere).toContain(join(content, 'ledger.jsonl'));
    expect(elsewhere.length).toBeGreaterThan(100);
    for (const path of elsewhere) {
      const text = readFileSync(path, 'latin1');
      for (const address of [ANA, LUKASZ]) expect(text.includes(address), path).toBe(false);
    }
    // The project's own certificates/ folder, where staff keep addresses.csv, is never committed.
    expect(execFileSync('git', ['check-ignore', 'certificates/addresses.csv'], { encoding: 'utf8' }).trim()).toBe(
      'certificates/addresses.csv',
    );
  });
});

describe('re-signing when the images change', () => {
  it('removing the logo makes every credential stale: check names them, issue re-signs them once', () => {
    rmSync(join(content, 'logo.svg'));
    const ids = [...new Set(readLedger(content).map((e) => e.id))];
    const check = runScript('check', [], env());
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain(`${ids.length} credential(s) no longer match their record`);
    const issue = runScript('issue', [], env());
    expect(issue.code, issue.stderr).toBe(0);
    expect(issue.stdout.match(/credential is out of date/g)).toHaveLength(ids.length);
    for (const id of ids) {
      expect((credentialOf(id).issuer as Record<string, unknown>).image, id).toBeUndefined();
      const verify = runScript('verify', [file(id, 'png')], env());
      expect(verify.stdout + verify.stderr, id).toMatch(/^(valid|expired): /m);
    }
    expect(runScript('check', [], env()).stdout).not.toContain('no longer match');
    expect(runScript('issue', [], env()).stdout).toContain('Nothing to issue');
  });
});
