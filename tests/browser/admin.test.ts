// /admin/ (Sveltia CMS) in real Chromium over a copy of content/: "Work with Local Repository"
// on an Origin Private File System folder (Playwright cannot drive the native folder picker),
// a new trainer added through the form, one field of an existing trainer changed, both saved;
// the files written must pass `npm run check` and the edit must be a one-line diff.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSite, runScript, tempDir } from '../helpers/certificates.ts';
import { useSiteInChromium } from '../helpers/chromium.ts';
import { makeContent } from '../helpers/content-fixture.ts';

// /admin/ is the same for any content but the certifications' titles: a small site serves it.
const open = useSiteInChromium(() => buildSite(makeContent(), 'keys'));

/** content/'s text files as `{ "content/trainers/x.md": text }`, to seed the browser's folder (photos are not edited here). */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync('content', { recursive: true, withFileTypes: true }))
    if (entry.isFile() && !/\.(jpe?g|png|webp)$/.test(entry.name))
      files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  return files;
}

/** Every file under the page's OPFS `repo/` folder, as written by the CMS. */
async function repoFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return files;
  });
}

/** Sveltia wraps names it fills in with Unicode isolates: "Add ⁨Certification⁩". */
const isolated = (action: string, name: string) => new RegExp(`^${action} \u2068?${name}\u2069?$`);

/** Lines that differ between two texts of the same length in lines, or every line when lengths differ. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`${a.length} lines became ${b.length}`];
  return b.filter((line, i) => line !== a[i]);
}

describe('/admin/ over the local repository', () => {
  it('adds a trainer with a certification and a delivery, edits one field, and writes valid files', async () => {
    const page = await open.browser.newPage();
    page.setDefaultTimeout(15_000);
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(open.site.url) && !request.url().startsWith('blob:')) external.push(request.url());
    });
    // Seed the origin's private folder with content/ and an empty .git/, then answer the picker with it.
    await page.goto(`${open.site.url}/`);
    await page.evaluate(async (files) => {
      const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, contentFiles());
    await page.addInitScript(() => {
      Object.assign(window, {
        showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo'),
      });
    });
    await page.goto(`${open.site.url}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();

    // A new trainer through the form.
    // Wait for the whole folder to be read: a draft opened earlier is replaced when it is.
    await expect
      .poll(
        () =>
          page
            .getByText(/entries\.$/)
            .first()
            .textContent(),
        { timeout: 30_000 },
      )
      .toMatch(/\d+\s*⁩?\s*entries/);
    // The editor's icons and text are fonts the page's policy takes only from the site: the build
    // points the CMS at copies in /admin/fonts/ (without them both fail to load).
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((font) => `${font.family}: ${font.status}`);
    });
    expect(fonts).toEqual(expect.arrayContaining(['Material Symbols Outlined: loaded', 'Source Sans 3: loaded']));
    await page.getByRole('button', { name: 'New' }).click();
    const preview = page.getByRole('document', { name: 'Content Preview' });
    // A freshly drawn form can drop the first input while it settles; the preview shows what
    // reached the entry, so each step is repeated until it shows there (at most five times).
    const step = async (action: () => Promise<unknown>, shown: string) => {
      for (let attempt = 1; !(await preview.innerText()).includes(shown); attempt++) {
        if (attempt > 5) throw new Error(`the form did not take "${shown}"`);
        await action();
        await page.waitForTimeout(300 * attempt);
      }
    };
    await step(() => page.getByRole('textbox', { name: 'Full name' }).fill('Jan Novák'), 'Jan Novák');
    await step(async () => {
      await page.getByRole('combobox', { name: 'Country' }).click();
      await page.getByRole('option', { name: 'Czechia (CZ)' }).click();
    }, 'Czechia (CZ)');
    const organisation = 'Example Moravian Engineering Cluster';
    await step(() => page.getByRole('textbox', { name: 'Organisation' }).fill(organisation), organisation);
    // The form draws fields as they scroll into view: scroll down to the certifications.
    await page.getByRole('textbox', { name: 'Organisation' }).hover();
    await page.mouse.wheel(0, 1500);
    await step(() => page.getByRole('button', { name: isolated('Add', 'Certification') }).click(), 'Award date');
    await step(() => page.getByRole('radio', { name: /\(cma\)$/ }).click(), '(cma)');
    await step(() => page.getByRole('textbox', { name: 'Award date' }).fill('2027-09-24'), '2027-09-24');
    await page.getByRole('button', { name: isolated('Add', 'Delivered programme') }).click();
    await page.getByRole('textbox', { name: 'Last day of the programme' }).fill('2028-05-12');
    await page.getByRole('textbox', { name: 'Programme', exact: true }).fill('Cluster excellence management programme');
    await page.getByRole('textbox', { name: 'Location' }).fill('Brno, CZ');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await repoFiles(page))['content/trainers/jan-novak.md'] ?? '')
      .toContain('Jan Novák');

    // One field of a shipped trainer.
    await page.goto(`${open.site.url}/admin/#/collections/trainers/entries/eleni-georgiou`);
    const renamed = 'Example Attica Logistics and Ports Cluster';
    await expect.poll(() => preview.innerText(), { timeout: 30_000 }).toContain('Example Attica Logistics Cluster');
    await step(() => page.getByRole('textbox', { name: 'Organisation' }).fill(renamed), renamed);
    await page.getByRole('button', { name: 'Save' }).click();
    const path = 'content/trainers/eleni-georgiou.md';
    await expect
      .poll(async () => (await repoFiles(page))[path])
      .toContain('Example Attica Logistics and Ports Cluster');

    // A cohort opens without errors, and a module picked for a week is saved as one more line.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${open.site.url}/admin/#/collections/cohorts/entries/2027`);
    const modules = page.getByRole('combobox', { name: 'Modules taught' }).first();
    await modules.click();
    await page
      .getByRole('option', { name: /^\s*3\. / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Save' }).click();
    const cohort = 'content/cohorts/2027.yaml';
    await expect.poll(async () => (await repoFiles(page))[cohort]).not.toBe(readFileSync(cohort, 'utf8'));
    expect(errors).toEqual([]);

    const written = await repoFiles(page);
    const before = readFileSync(cohort, 'utf8').split('\n');
    const after = written[cohort]!.split('\n');
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((line, i) => line !== before[i])[0]).toMatch(/^ {6}- '?3'?$/);
    expect(changedLines(readFileSync(path, 'utf8'), written[path]!)).toEqual([
      'organisation: Example Attica Logistics and Ports Cluster',
    ]);
    const created = written['content/trainers/jan-novak.md']!;
    expect(created).toContain('country: CZ');
    expect(created).toMatch(/certifications:\n {2}- kind: cma\n {4}awarded: 2027-09-24/);
    expect(created).toMatch(/deliveries:\n {2}- date: 2028-05-12/);

    // The written folder passes the same check CI runs.
    const root = tempDir('admin');
    for (const [file, text] of Object.entries(written)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    cpSync('keys', join(root, 'keys'), { recursive: true });
    const check = runScript('check', [], { CONTENT_DIR: join(root, 'content') });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      `${readdirSync('content/trainers').filter((f) => f.endsWith('.md')).length + 1} trainers`,
    );
    expect(external).toEqual([]);
    await page.close();
  }, 120_000);
});
