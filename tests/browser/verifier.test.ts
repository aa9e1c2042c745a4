// The registry and its in-browser verifier in real Chromium, against a site built from test
// content with keys made at run time and served on 127.0.0.1: the QR code's URL from a real PDF,
// every status, unknown IDs, unlisted holders, and every forgery from the issue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { loadSigningKey } from '../../src/lib/certificates/keys.ts';
import type { LedgerEntry } from '../../src/lib/site/schemas/index.ts';
import { signToken } from '../../src/lib/certificates/token.ts';
import {
  buildSite,
  certTrainers,
  decodePdfQr,
  makeCertContent,
  pdfText,
  readLedger,
  runScript,
  tempDir,
} from '../helpers/certificates.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { forgeries, type Forgery } from '../helpers/forgeries.ts';
import { serveDist } from '../helpers/serve.ts';

const SITE = 'https://ttt.test.example';
let browser: Browser;
let site: { url: string; close(): Promise<void> };
let dist = '';
let certs = '';
let ledger: LedgerEntry[] = [];
let withdrawnToken = '';
let unknownToken = '';
let cases: Forgery[] = [];
const latest = (trainer: string, cert = 'cma') => ledger.findLast((e) => e.trainer === trainer && e.cert === cert)!;

beforeAll(async () => {
  const content = makeCertContent({
    // One module translated into French only: the other pages show the English with a note.
    'modules/01-one.fr.md': `---\ntitle: Un\nsummary: Premier.\noutcomes: [Savoir une chose.]\n---\nCorps du module.\n`,
    'trainers/rui-revoked.md': certTrainers['trainers/rui-revoked.md']!.replace(/, revoked: \{[^}]*\} \}/, ' }'),
  });
  const keys = tempDir('keys');
  certs = tempDir('certs');
  const env = { CONTENT_DIR: content, KEYS_DIR: keys, CERTIFICATES_DIR: certs };
  const step = (name: string, args: string[]) => {
    const run = runScript(name, args, env);
    if (run.code !== 0) throw new Error(`${name} ${args.join(' ')}: ${run.stderr}`);
  };
  // A first key signs everything, then is withdrawn; the second key re-signs with the same IDs.
  step('keys', ['new']);
  step('issue', []);
  const withdrawnKid = readLedger(content)[0]!.kid;
  withdrawnToken = readLedger(content).find((e) => e.trainer === 'lukasz-zolc-dvorak' && e.cert === 'cma')!.token;
  step('keys', ['new']);
  step('keys', ['withdraw', withdrawnKid]);
  step('issue', []);
  ledger = readLedger(content);
  // Rui's certificate is revoked after issuing, as staff would do.
  writeFileSync(join(content, 'trainers/rui-revoked.md'), certTrainers['trainers/rui-revoked.md']!);

  const signing = await loadSigningKey(keys);
  const lukasz = latest('lukasz-zolc-dvorak');
  unknownToken = await signToken(
    { iss: SITE, sub: 'TEST-CMA-2099-0042', name: 'Nobody Registered', cert: 'cma', nbf: 4070908800 },
    signing.key,
    signing.kid,
  );
  const jwks = JSON.parse(readFileSync(join(keys, 'jwks.json'), 'utf8')) as { keys: { x: string }[] };
  cases = await forgeries({
    genuine: lukasz.token,
    key: signing.key,
    kid: signing.kid,
    publicX: jwks.keys[0]!.x,
    otherCertificate: latest('ana-lopez').token,
    withdrawn: withdrawnToken,
  });

  dist = buildSite(content, keys);
  site = await serveDist(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Outcome {
  verdict: string;
  headline: string;
  reason: string;
  name: string;
  steps: string[];
  pwned: unknown;
  dialogs: number;
  errors: string[];
}

/** Opens a path (with fragment) in a fresh page and waits for the verifier's verdict. */
async function open(path: string): Promise<Outcome> {
  const page = await browser.newPage();
  let dialogs = 0;
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // A content-security-policy violation shows up as a console error.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(`${site.url}${path}`);
    await page.waitForFunction(
      () => {
        const verdict = document.querySelector('#verdict')?.getAttribute('data-verdict');
        return verdict && verdict !== 'checking';
      },
      undefined,
      { timeout: 15_000 },
    );
    return {
      verdict: (await page.getAttribute('#verdict', 'data-verdict')) ?? '',
      headline: (await page.textContent('#verdict-headline')) ?? '',
      reason: (await page.textContent('#verdict-reason')) ?? '',
      name: (await page.textContent('#verdict-name')) ?? '',
      steps: await page.locator('#verdict-steps li').allTextContents(),
      pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
      dialogs,
      errors,
    };
  } finally {
    await page.close();
  }
}

/** The served path of a QR URL: same path and fragment, on the local server. */
const local = (url: string) => url.replace(SITE, '');

describe('verification in the browser', () => {
  it('the URL decoded from the printed QR code shows valid, with the steps and the name to compare', async () => {
    for (const cert of ['cma', 'instructor']) {
      const entry = latest('lukasz-zolc-dvorak', cert);
      const url = decodePdfQr(join(certs, `${entry.id}.pdf`));
      expect(url).toBe(`${SITE}/registry/${entry.id}/#${entry.token}`);
      const outcome = await open(local(url!));
      expect(outcome.verdict).toBe('valid');
      expect(outcome.name).toBe('Łukasz Żółć-Dvořák');
      expect(outcome.steps).toHaveLength(5);
      expect(outcome.steps.every((s) => s.startsWith('Passed'))).toBe(true);
      expect(outcome.errors).toEqual([]);
    }
  });

  it('an expired instructor shows expired, judged with today’s date', async () => {
    const entry = latest('greta-expired', 'instructor');
    expect((await open(`/registry/${entry.id}/#${entry.token}`)).verdict).toBe('expired');
  });

  it('a revoked certificate shows revoked', async () => {
    const entry = latest('rui-revoked');
    expect((await open(`/registry/${entry.id}/#${entry.token}`)).verdict).toBe('revoked');
  });

  it('a validly signed token for an ID not in the registry shows unknown on the registry page', async () => {
    const outcome = await open(`/registry/#${unknownToken}`);
    expect(outcome.verdict).toBe('unknown');
    // Its QR address names a record page this build does not have: the 404 page hands it over.
    expect((await open(`/registry/TEST-CMA-2099-0042/#${unknownToken}`)).verdict).toBe('unknown');
    // Pasted on an existing record, it contradicts that record.
    expect((await open(`/registry/${latest('ana-lopez').id}/#${unknownToken}`)).verdict).toBe('forged');
  });

  it('the registry page also verifies a genuine token and names the record', async () => {
    const entry = latest('ana-lopez');
    const outcome = await open(`/registry/#${entry.token}`);
    expect(outcome.verdict).toBe('valid');
    expect(outcome.reason).toContain(entry.id);
  });

  it('an unlisted holder’s certificate verifies against the name hash; the page never shows the name', async () => {
    const entry = latest('ulla-unlisted');
    const html = readFileSync(join(dist, 'registry', entry.id, 'index.html'), 'utf8');
    expect(html).not.toContain('Ulla');
    expect(html).toContain('Not published');
    const outcome = await open(`/registry/${entry.id}/#${entry.token}`);
    expect(outcome.verdict).toBe('valid');
    expect(outcome.name).toBe('Ulla Unlisted-Näkymätön');
  });

  it('a name containing HTML is shown as text and runs no script', async () => {
    const entry = latest('eve-html');
    const outcome = await open(`/registry/${entry.id}/#${entry.token}`);
    expect(outcome.verdict).toBe('valid');
    expect(outcome.name).toBe('Eve <img src=x onerror=window.__pwned=1>');
    const html = readFileSync(join(dist, 'registry', entry.id, 'index.html'), 'utf8');
    expect(html).toContain('Eve &lt;img src=x onerror=window.__pwned=1&gt;');
    // Outside attribute values (a link preview's title quotes the name, where `<` opens nothing).
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<img src=x');
    expect(outcome.pwned).toBeUndefined();
    expect(outcome.dialogs).toBe(0);
  });

  it('HTML in a trainer file is text everywhere: trainer page, directory, registry, PDF', async () => {
    const page = await browser.newPage();
    const shown: Record<string, string> = {};
    for (const path of ['/trainers/eve-html/', '/trainers/', '/registry/']) {
      await page.goto(`${site.url}${path}`);
      shown[path] = await page.locator('main').innerText();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), path).toBeUndefined();
      // The certifications' badges are the only pictures the site puts there.
      expect(await page.locator('main img:not([src^="/badges/"]), main b').count(), path).toBe(0);
      expect(await page.locator('script', { hasText: '__pwned' }).count(), path).toBe(0);
    }
    await page.close();
    expect(shown['/trainers/eve-html/']).toContain('Eve <img src=x onerror=window.__pwned=1>');
    expect(shown['/trainers/eve-html/']).toContain('Example <b>Cluster</b> <script>window.__pwned=2</script>');
    expect(shown['/trainers/eve-html/']).toContain('<script>window.__pwned=3</script>');
    expect(shown['/trainers/']).toContain('Eve <img src=x onerror=window.__pwned=1>');
    expect(shown['/registry/']).toContain('Eve <img src=x onerror=window.__pwned=1>');
    const trainerPage = readFileSync(join(dist, 'trainers', 'eve-html', 'index.html'), 'utf8');
    expect(trainerPage).not.toContain('javascript:');
    expect(trainerPage).toContain('href="https://example.org/"');
    // The certificate prints the name as written, characters and all.
    expect(pdfText(join(certs, `${latest('eve-html').id}.pdf`))).toContain('Eve <img src=x onerror=window.__pwned=1>');
  });

  it('every forgery and broken input gets its verdict, and none runs script', async () => {
    const record = latest('lukasz-zolc-dvorak');
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'tampered payload',
        'tampered signature',
        'alg none',
        'HS256 with the public key as secret',
        'jwk header with an attacker key',
        'jku header pointing at an attacker key set',
        'unknown kid',
        'withdrawn key',
        'genuine token of another certificate',
        '1 MB fragment',
        'garbage',
      ]),
    );
    for (const forgery of cases) {
      const outcome = await open(`/registry/${record.id}/#${forgery.token}`);
      expect(outcome.verdict, forgery.name).toBe(forgery.verdict);
      expect(outcome.name, forgery.name).toBe('');
      expect([outcome.pwned, outcome.dialogs, outcome.errors], forgery.name).toEqual([undefined, 0, []]);
    }
  });
});

describe('registry pages', () => {
  it('are complete without JavaScript: status, dates, holder and the verdict element', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const entry = latest('greta-expired', 'instructor');
    await page.goto(`${site.url}/registry/${entry.id}/#${entry.token}`);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('Greta Expired');
    expect(text).toContain('Cluster Excellence Management Instructor');
    expect(text).toContain('20 May 2024');
    expect(await page.getAttribute('#record', 'data-status')).toBe('expired');
    expect(await page.locator('#verdict[data-verdict]').count()).toBe(1);
    expect(text).toContain(`${SITE}/registry/${entry.id}/`);
    await page.goto(`${site.url}/registry/`);
    for (const e of ledger) expect(await page.locator(`a[href="/registry/${e.id}/"]`).count()).toBe(1);
    await context.close();
  });

  it('the list is searchable', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/registry/`);
    await page.fill('#registry-q', 'żółć');
    await expect.poll(() => page.locator('#registry-rows tr').allTextContents()).toHaveLength(2);
    await page.fill('#registry-q', latest('greta-expired').id.toLowerCase());
    await expect.poll(() => page.locator('#registry-rows tr').count()).toBe(1);
    expect(await page.textContent('#registry-rows')).toContain('Greta Expired');
    await page.close();
  });

  it('offers "Add to LinkedIn profile" on valid records only, pre-filled', () => {
    const valid = latest('lukasz-zolc-dvorak', 'instructor');
    const html = readFileSync(join(dist, 'registry', valid.id, 'index.html'), 'utf8');
    const href = /href="(https:\/\/www\.linkedin\.com\/profile\/add\?[^"]+)"/.exec(html)?.[1];
    const params = new URL(href!.replaceAll('&amp;', '&')).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({
      startTask: 'CERTIFICATION_NAME',
      name: 'Cluster Excellence Management Instructor',
      organizationName: 'Test Foundation',
      issueYear: '2025',
      issueMonth: '10',
      certUrl: `${SITE}/registry/${valid.id}/`,
      certId: valid.id,
    });
    for (const other of [latest('greta-expired', 'instructor'), latest('rui-revoked')])
      expect(readFileSync(join(dist, 'registry', other.id, 'index.html'), 'utf8')).not.toContain('linkedin.com');
  });

  it('publish status.json and the key set, and keep the verifier script small', () => {
    const status = JSON.parse(readFileSync(join(dist, 'registry/status.json'), 'utf8')) as {
      certificates: { id: string; status: string }[];
    };
    expect(status.certificates.map((c) => c.id).sort()).toEqual([...new Set(ledger.map((e) => e.id))].sort());
    expect(status.certificates.find((c) => c.id === latest('rui-revoked').id)?.status).toBe('revoked');
    const jwks = readFileSync(join(dist, '.well-known/jwks.json'), 'utf8');
    expect(jwks).not.toContain('"d"');
    expect((JSON.parse(jwks) as { keys: unknown[] }).keys).toHaveLength(1);
    const html = readFileSync(join(dist, 'registry', latest('ana-lopez').id, 'index.html'), 'utf8');
    // Every script the page runs before any user action: its module scripts, the chunks they import
    // statically, and inline code; JSON data blocks are not code, and the controls, decoder and PDF
    // renderer load only when a reader uses them (see verify-anything.test.ts).
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts)
      for (const [, chunk] of readFileSync(join(dist, src), 'utf8').matchAll(/\bfrom\s*"\.\/([^"]+)"/g))
        if (!scripts.includes(`/_astro/${chunk}`)) scripts.push(`/_astro/${chunk}`);
    const inline = [...html.matchAll(/<script(?: type="module")?>([^<]*)<\/script>/g)].map((m) => m[1]!).join('');
    const gzipped =
      scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0) + gzipSync(inline).length;
    expect(gzipped).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('the verifier in French and Spanish', () => {
  it('gives its verdict, reasons and steps in the page’s language', async () => {
    const entry = latest('lukasz-zolc-dvorak');
    for (const lang of ['fr', 'es'] as const) {
      const words = dictionaries[lang].certificates.verifier;
      const valid = await open(`/${lang}/registry/${entry.id}/#${entry.token}`);
      expect(valid.verdict).toBe('valid');
      expect(valid.headline).toBe(words.verdicts.valid);
      expect(valid.reason).toContain(words.reasons.valid);
      expect(valid.steps.every((step) => step.startsWith(words.passed))).toBe(true);
      expect(valid.errors).toEqual([]);
      const forged = await open(
        `/${lang}/registry/${entry.id}/#${cases.find((c) => c.name === 'tampered payload')!.token}`,
      );
      expect(forged.verdict).toBe('forged');
      expect(forged.headline).toBe(words.verdicts.forged);
    }
  });

  it('keeps the reader in their language when a code or an ID leads to another record', async () => {
    const page = await browser.newPage();
    const ana = latest('ana-lopez');
    await page.goto(`${site.url}/es/registry/`);
    await page.fill('#verify-input', ana.id);
    await page.press('#verify-input', 'Enter');
    await page.waitForURL(`${site.url}/es/registry/${ana.id}/`);
    await page.goto(`${site.url}/fr/registry/${latest('lukasz-zolc-dvorak').id}/`);
    await page.fill('#verify-input', `${SITE}/registry/${ana.id}/#${ana.token}`);
    await page.press('#verify-input', 'Enter');
    await page.waitForURL(`${site.url}/fr/registry/${ana.id}/#${ana.token}`);
    await page.waitForSelector('#verdict[data-verdict="valid"]');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.close();
  });

  it('searches the registry list with the page’s words and links', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/es/registry/`);
    await page.fill('#registry-q', latest('greta-expired').id.toLowerCase());
    await expect.poll(() => page.locator('#registry-rows tr').count()).toBe(1);
    expect(await page.textContent('#registry-count-noun')).toBe(dictionaries.es.certificates.registry.count.one);
    expect(await page.locator('#registry-rows a').first().getAttribute('href')).toBe(
      `/es/registry/${latest('greta-expired').id}/`,
    );
    await page.close();
  });

  it('shows a translation where there is one, and the English under a note where there is none', () => {
    const module = (lang: string, id: string) =>
      readFileSync(join(dist, lang, 'programme/modules', id, 'index.html'), 'utf8');
    const note = (lang: 'fr' | 'es') => dictionaries[lang].site.languages.notTranslated.replace(/'/g, '&#39;');
    const translated = module('fr', '01-one');
    expect(translated).toContain('Corps du module.');
    expect(translated).toContain('<li>Savoir une chose.</li>');
    expect(translated).not.toContain(note('fr'));
    for (const [lang, id] of [
      ['fr', '02-two'],
      ['es', '01-one'],
    ] as const) {
      const html = module(lang, id);
      expect(html, `${lang} ${id}`).toContain(note(lang));
      expect(html).toMatch(/<div class="prose" lang="en"[^>]*>\s*<p>Body\.<\/p>/);
    }
  });
});
