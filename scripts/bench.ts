// `npm run bench [-- 100 1000 10000]`: the performance benchmark on generated content. Each size
// gets its own folder under .bench/ (content, keys, certificates, dist); every step runs the real
// command, the way staff and CI run it, and the figures are printed as a Markdown table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { certificateQr, qrUrl } from '../src/lib/certificates/pdf/layout.ts';
import { latestLedgerEntries } from '../src/lib/certificates/registry.ts';
import { ledgerEntrySchema } from '../src/lib/site/schemas/index.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { pdfWithHiddenToken } from '../tests/helpers/forgeries.ts';
import { imageOnlyPdf, rasterise, rotatedJpeg } from '../tests/helpers/scans.ts';
import { serveDist } from '../tests/helpers/serve.ts';
import { serveSite, verifyWithCore } from '../tests/helpers/verifier-core.ts';
import { syntheticAddresses, syntheticTrainer, writeSyntheticContent } from './lib/synthetic-content.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10000];
const interactive = process.stdout.isTTY && !process.env.CI;
const hasTime = existsSync('/usr/bin/time');

interface Run {
  seconds: number;
  /** Peak resident memory of the command, in MB (GNU time), when measurable. */
  peakMb: number | undefined;
  stdout: string;
}

/** Runs a command with the bench folder's environment and measures wall time and peak memory. */
function run(label: string, command: string[], env: NodeJS.ProcessEnv): Run {
  if (interactive) process.stdout.write(`  ${label}…`);
  const args = hasTime ? ['/usr/bin/time', '-f', '@@peak %M', ...command] : command;
  const start = performance.now();
  const result = spawnSync(args[0]!, args.slice(1), {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - start) / 1000;
  if (interactive) process.stdout.write(` ${seconds.toFixed(1)} s\n`);
  const peak = /@@peak (\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0) {
    console.error(`${label} failed:\n${(result.stderr ?? '').replace(/@@peak \d+\n?/, '').slice(-2000)}`);
    process.exit(1);
  }
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : undefined, stdout: result.stdout };
}

/** The largest HTML page of a built site, gzipped: no page may pass 100 KB. */
function largestPage(dist: string): { path: string; kb: number } {
  let largest = { path: '', kb: 0 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const kb = gzipSync(readFileSync(file)).length / 1024;
    if (kb > largest.kb) largest = { path: file.slice(dist.length).replace(/index\.html$/, ''), kb };
  }
  return largest;
}

/** What `npm run issue` wrote besides the PDFs: baked badges and draft e-mails, average KB each. */
function packSizes(dir: string) {
  const average = (extension: string) => {
    const sizes = readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .map((name) => statSync(join(dir, name)).size);
    return { count: sizes.length, kb: sizes.reduce((a, b) => a + b, 0) / Math.max(sizes.length, 1) / 1024 };
  };
  return { badges: average('.png'), emails: average('.eml') };
}

function pdfSizes(dir: string): number[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => statSync(join(dir, name)).size);
}

/** In Chromium: JavaScript bytes (gzip) a registry page loads, and navigation-to-verdict time. */
async function measureRegistryPage(dist: string, path: string) {
  const site = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank');
      await page.goto(site.url + path);
      await page.waitForFunction(() => {
        const verdict = document.querySelector('#verdict')?.getAttribute('data-verdict');
        return verdict && verdict !== 'checking';
      });
      // Navigation start is time 0 of performance.now(); the page marks the moment it shows a verdict.
      timings.push(
        await page.evaluate(() => performance.getEntriesByName('verdict')[0]?.startTime ?? performance.now()),
      );
    }
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
        .map((s) => s.textContent ?? '')
        .join(''),
    );
    const external = [...new Set(scripts)].map((url) => readFileSync(join(dist, new URL(url).pathname)));
    const jsGzip = [inline, ...external].reduce((sum, code) => sum + (code.length ? gzipSync(code).length : 0), 0);
    const verdict = await page.getAttribute('#verdict', 'data-verdict');
    timings.sort((a, b) => a - b);
    return { jsGzip, verdictMs: timings[Math.floor(timings.length / 2)]!, verdict };
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * Verifying one published credential with verifier-core (the engine of the DCC's wallet and
 * VerifierPlus), offline from `dist`: its proof, the issuer's did.json and the status list with its
 * own proof. Median of 20 after 5 to warm up (contexts loaded, the schema compiled).
 */
async function measureCredentialCheck(dist: string, siteUrl: string, id: string) {
  serveSite(siteUrl, dist);
  const credential: unknown = JSON.parse(readFileSync(join(dist, 'registry', id, 'credential.json'), 'utf8'));
  const times: number[] = [];
  let verdict = '';
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    verdict = (await verifyWithCore(credential)).verdict;
    if (i >= 5) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { credentialMs: times[Math.floor(times.length / 2)]!, credentialVerdict: verdict };
}

/** A one-page PDF with text and no QR code. */
async function reportPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Quarterly report', { font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

/** Scripts that load only when a reader uses a control: none may load before. */
const ON_USE_ONLY = /pdf|zxing|qr-worker|camera-scan|read-certificate-file|verify-controls/;

/** Runs of each file check, taken round after round; the median is reported. */
const ROUNDS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `npm run verify` on a file, in the bench folder's environment: wall time and the verdict word. */
function timeVerify(file: string, env: NodeJS.ProcessEnv): { s: number; outcome: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['scripts/verify.ts', file], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { s: (performance.now() - start) / 1000, outcome: /^(\w+):/m.exec(result.stdout + result.stderr)?.[1] ?? '?' };
}

/**
 * In Chromium, on the registry list: milliseconds from choosing a file to the verdict (or to the
 * message, for files that are not certificates), median of five, each in a fresh page so the
 * decoder and renderer load every time as they would for a first-time reader. Then the same files
 * through `npm run verify`, whole command, median of five.
 */
async function measureFileChecks(root: string, certificatePdf: string, otherToken: string) {
  const work = join(root, 'scans');
  mkdirSync(work, { recursive: true });
  const site = await serveDist(join(root, 'dist'));
  const browser = await launchChromium();
  try {
    const scan = await rotatedJpeg(browser, rasterise(certificatePdf, 150, work), 4, 0.7);
    const files: [string, string, Uint8Array][] = [
      ['the PDF as issued (printed QR code read)', 'application/pdf', readFileSync(certificatePdf)],
      [
        'that PDF with another certificate’s token inside',
        'application/pdf',
        await pdfWithHiddenToken(readFileSync(certificatePdf), otherToken),
      ],
      ['150-dpi JPEG scan, 4°', 'image/jpeg', scan],
      ['image-only PDF of the scan', 'application/pdf', await imageOnlyPdf(scan)],
      ['a PDF that is not a certificate', 'application/pdf', await reportPdf()],
      ['a 25 MB file', 'application/pdf', new Uint8Array(25 * 1024 * 1024).fill(32)],
    ];
    let loadedBeforeUse: string[] = [];
    /** One first use: a fresh page, the file chosen, the time to its verdict or message. */
    const check = async (mimeType: string, buffer: Uint8Array) => {
      const page = await browser.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      await page.goto(`${site.url}/registry/`);
      await page.waitForLoadState('networkidle');
      loadedBeforeUse = scripts.filter((path) => ON_USE_ONLY.test(path));
      // Timed in the page, from the file input's change event, so handing 25 MB to the browser
      // through the test protocol is not counted.
      await page.evaluate(() => {
        const clock = window as unknown as { chosen?: number; done?: number };
        const finished = () => {
          const verdict = document.querySelector('#verdict')?.getAttribute('data-verdict');
          const message = document.querySelector('#verify-message')?.textContent ?? '';
          return (verdict && verdict !== 'checking') || (message && !message.startsWith('Reading'));
        };
        document.addEventListener('change', () => (clock.chosen = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (clock.chosen !== undefined && clock.done === undefined && finished()) clock.done = performance.now();
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await page.setInputFiles('#verify-file', { name: 'file', mimeType, buffer: Buffer.from(buffer) });
      await page.waitForFunction(() => (window as unknown as { done?: number }).done !== undefined);
      const ms = await page.evaluate(() => {
        const clock = window as unknown as { chosen: number; done: number };
        return clock.done - clock.chosen;
      });
      const outcome =
        (await page.getAttribute('#verdict', 'data-verdict')) ||
        ((await page.textContent('#verify-message')) ?? '').split('.')[0]!;
      await page.close();
      return { ms, outcome };
    };
    // Round after round over every file, so that no file always takes the browser's first run.
    const times = files.map(() => [] as number[]);
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, [, mimeType, buffer]] of files.entries()) {
        const { ms, outcome } = await check(mimeType, buffer);
        times[i]!.push(ms);
        outcomes[i] = outcome;
      }
    const results = files.map(([file], i) => ({ file, ms: median(times[i]!), outcome: outcomes[i]! }));
    const env = { CONTENT_DIR: join(root, 'content'), KEYS_DIR: join(root, 'keys') };
    const paths = files.slice(0, 3).map(([, , bytes], i) => {
      const path = join(work, `verify-${i}`);
      writeFileSync(path, bytes);
      return path;
    });
    const runs = paths.map(() => [] as { s: number; outcome: string }[]);
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, path] of paths.entries()) runs[i]!.push(timeVerify(path, env));
    const commandLine = paths.map((_, i) => ({
      file: files[i]![0],
      s: median(runs[i]!.map((r) => r.s)),
      outcome: runs[i]![0]!.outcome,
    }));
    return { results, loadedBeforeUse, commandLine };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function benchmark(size: number) {
  console.log(`\n${size} trainers`);
  const root = resolve('.bench', String(size));
  const env = {
    CONTENT_DIR: join(root, 'content'),
    KEYS_DIR: join(root, 'keys'),
    CERTIFICATES_DIR: join(root, 'certificates'),
  };
  rmSync(root, { recursive: true, force: true });
  writeSyntheticContent(env.CONTENT_DIR, size);
  const node = process.execPath;

  const check = run('check', [node, 'scripts/check.ts'], env);
  run('create a key', [node, 'scripts/keys.ts', 'new'], env);
  mkdirSync(env.CERTIFICATES_DIR, { recursive: true });
  writeFileSync(join(env.CERTIFICATES_DIR, 'addresses.csv'), syntheticAddresses(size));
  const issue = run('issue (sign, append, render, bake, e-mails)', [node, 'scripts/issue.ts'], env);
  // The issuing budget (1.5 × the time without badges and e-mails, README), printed at once on its own line.
  const pack = packSizes(env.CERTIFICATES_DIR);
  console.log(
    `  issue, whole command: ${issue.seconds.toFixed(1)} s; ${pack.badges.count} baked badges (${pack.badges.kb.toFixed(1)} KB avg), ${pack.emails.count} e-mails (${pack.emails.kb.toFixed(1)} KB avg)`,
  );
  const ledger = readFileSync(join(env.CONTENT_DIR, 'ledger.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => ledgerEntrySchema.parse(JSON.parse(line)));
  const certificates = latestLedgerEntries(ledger).size;

  // One programme certificate in a hundred revoked after it was issued: the list is signed again.
  for (let i = 50; i < size; i += 100) {
    const file = join(env.CONTENT_DIR, 'trainers', `trainer-${String(i).padStart(5, '0')}.md`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /(  - \{ kind: cma, awarded: [\d-]+) \}/,
        '$1, revoked: { date: 2026-06-01, reason: Audit } }',
      ),
    );
  }
  const revoke = run('sign the revocation list', [node, 'scripts/issue.ts'], env);

  rmSync(env.CERTIFICATES_DIR, { recursive: true, force: true });
  const render = run('render every PDF from scratch', [node, 'scripts/render-certificates.ts'], env);
  const bytes = pdfSizes(env.CERTIFICATES_DIR);

  // One more delivered programme for one instructor: their certificate's valid-until changes, so
  // exactly that one PDF must be rendered again.
  const edited = join(env.CONTENT_DIR, 'trainers', 'trainer-00000.md');
  writeFileSync(
    edited,
    syntheticTrainer(0).replace(
      'deliveries:\n',
      'deliveries:\n  - { date: 2026-06-01, title: Extra programme, location: Home }\n',
    ),
  );
  const rerender = run('render after editing one trainer', [node, 'scripts/render-certificates.ts'], env);

  const dist = join(root, 'dist');
  // With the heap limit `npm run build` gives it (package.json): without one, V8 lets the 10,000-trainer
  // build grow to 1.45–1.57 GB; with it, 1.27 GB and no slower (its live data stays under 800 MB).
  const build = run(
    'astro build',
    [node, '--max-old-space-size=1280', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist],
    env,
  );

  const settingsUrl = /siteUrl: (\S+)/.exec(readFileSync(join(env.CONTENT_DIR, 'settings.yaml'), 'utf8'))![1]!;
  const versions = [...latestLedgerEntries(ledger).values()].map(
    (e) => certificateQr(qrUrl(settingsUrl, e.id, e.token), e.trainer).version,
  );
  const sample = [...latestLedgerEntries(ledger).values()][0]!;
  const browser = await measureRegistryPage(dist, `/registry/${sample.id}/#${sample.token}`);
  const largest = largestPage(dist);
  const statusListGzip = gzipSync(readFileSync(join(dist, 'registry', 'status-list.json'))).length;
  const revoked = /(\d+) certificate\(s\) revoked/.exec(revoke.stdout)?.[1] ?? '?';
  const listed = [...latestLedgerEntries(ledger).keys()].find((id) =>
    existsSync(join(dist, 'registry', id, 'credential.json')),
  )!;
  const credentialCheck = await measureCredentialCheck(dist, settingsUrl, listed);

  return {
    size,
    certificates,
    checkS: check.seconds,
    issuePerS: certificates / issue.seconds,
    renderMs: (render.seconds * 1000) / certificates,
    pdfKbAvg: bytes.reduce((a, b) => a + b, 0) / bytes.length / 1024,
    pdfKbMax: Math.max(...bytes) / 1024,
    rerenderS: rerender.seconds,
    rerendered: /(\d+) rendered/.exec(rerender.stdout)?.[1] ?? '?',
    buildS: build.seconds,
    buildPeakMb: build.peakMb,
    peakMb: Math.max(...[check, issue, render, build].map((r) => r.peakMb ?? 0)),
    qrMax: Math.max(...versions),
    largest,
    revokeS: revoke.seconds,
    revoked,
    statusListGzip,
    ...credentialCheck,
    ...browser,
  };
}

const rows = [];
for (const size of SIZES) rows.push(await benchmark(size));
const first = resolve('.bench', String(SIZES[0]));
const [holder, other] = [
  ...latestLedgerEntries(
    readFileSync(join(first, 'content', 'ledger.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => ledgerEntrySchema.parse(JSON.parse(line))),
  ).values(),
];
const files = await measureFileChecks(first, join(first, 'certificates', `${holder!.id}.pdf`), other!.token);

const mb = (value: number | undefined) => (value ? value.toFixed(0) : 'n/a');
console.log(
  `\n| trainers | certificates | check | issue | PDF render (amortised) | PDF size avg / max | re-render after 1 edit | site build | peak memory | QR version max | registry JS (gzip) | navigation → verdict | largest page (gzip) |`,
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows)
  console.log(
    `| ${r.size} | ${r.certificates} | ${r.checkS.toFixed(2)} s | ${r.issuePerS.toFixed(0)} /s | ${r.renderMs.toFixed(1)} ms | ${r.pdfKbAvg.toFixed(1)} / ${r.pdfKbMax.toFixed(1)} KB | ${r.rerendered} PDF(s), ${r.rerenderS.toFixed(1)} s | ${r.buildS.toFixed(1)} s | ${mb(r.peakMb)} MB (build ${mb(r.buildPeakMb)} MB) | ${r.qrMax} | ${(r.jsGzip / 1024).toFixed(1)} KB | ${r.verdictMs.toFixed(0)} ms (${r.verdict}) | ${r.largest.kb.toFixed(0)} KB ${r.largest.path} |`,
  );

console.log(
  '\n| trainers | revoked | sign the revocation list | status list (gzip) | verifier-core: credential and status list |',
);
console.log('|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.size} | ${r.revoked} | ${r.revokeS.toFixed(2)} s | ${(r.statusListGzip / 1024).toFixed(1)} KB | ${r.credentialMs.toFixed(1)} ms (${r.credentialVerdict}) |`,
  );

console.log(`\nVerify from a file (registry list, ${SIZES[0]} trainers; median of ${ROUNDS}, first use each time):`);
console.log('\n| file | chosen → verdict or message | outcome |\n|---|---:|---|');
for (const r of files.results) console.log(`| ${r.file} | ${r.ms.toFixed(0)} ms | ${r.outcome} |`);
console.log(
  `\nThe same files through \`npm run verify\` (whole command, content check included; median of ${ROUNDS}):`,
);
console.log('\n| file | command | outcome |\n|---|---:|---|');
for (const r of files.commandLine) console.log(`| ${r.file} | ${r.s.toFixed(2)} s | ${r.outcome} |`);
console.log(
  `\nLoaded before any use of the controls: ${files.loadedBeforeUse.length ? files.loadedBeforeUse.join(', ') : 'no decoder, renderer or controls'}.`,
);
