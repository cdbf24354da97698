/**
 * The editing app end to end, as an editor uses it: /admin/ from the built site, with Decap's
 * local proxy writing into a scratch copy of a project. The test creates an institution and a
 * brief through the form, edits the institution and a taxonomy file, and checks that the files
 * written validate and build into a brief.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { runScript } from '../editing/helpers/run-script.ts';
import { serveSite } from '../helpers/static-server.ts';
import { launchChromium } from './chromium.ts';

const require = createRequire(import.meta.url);
const failures = resolve('tests/.output/failures');
const proxyScript = join(dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');

let project: string;
let proxy: ChildProcess;
let proxyPort: number;
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let page: Page;

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

async function startProxy(root: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [proxyScript], {
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).catch(() => undefined);
    if (answer?.ok) return child;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill();
  throw new Error('decap-server did not start');
}

/** The labels that read exactly `label` (an optional field's adds "(optional)"). */
const labelled = (label: string) => page.locator('label').filter({ hasText: new RegExp(`^${label}( \\(optional\\))?$`) });

/** The field labelled `label`; where a label repeats, the nth, and -1 the last (the item just added to a list). */
function field(label: string, nth = 0): Locator {
  const labels = labelled(label);
  return nth === -1 ? labels.last() : labels.nth(nth);
}

/**
 * The input of a field. Decap renders an editor more than once as it loads (each time with new
 * ids), so an action on it is retried with a fresh look-up until it takes.
 */
async function onInput(label: string, nth: number, action: (input: Locator) => Promise<void>): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const id = await field(label, nth).getAttribute('for', { timeout: 10_000 });
      await action(page.locator(`[id="${id}"]`));
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function fill(label: string, value: string, nth = 0): Promise<void> {
  await onInput(label, nth, async (input) => {
    await input.fill(value, { timeout: 5_000 });
    if ((await input.inputValue()) !== value) throw new Error(`${label} did not take the value`);
  });
}

/** Picks `option` in a select or a relation field (Decap draws both with react-select). */
async function choose(label: string, option: string, nth = 0): Promise<void> {
  await onInput(label, nth, async (input) => {
    await input.click({ timeout: 5_000 });
    await input.pressSequentially(option.slice(0, 6));
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 10_000 });
  });
}

/** Opens a view of the app with a full page load (Decap's router can ignore a change of hash alone). */
async function openApp(route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${site.url}/admin/#${route}`);
}

/** Adds an item to a list, and waits until its first field is there. */
async function addItem(list: string, firstLabel: string): Promise<void> {
  const labels = labelled(firstLabel);
  const before = await labels.count();
  await page.getByRole('button', { name: new RegExp(`^Add ${list}`) }).click();
  await expect.poll(() => labels.count(), { timeout: 15_000 }).toBe(before + 1);
}

async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  try {
    await expect.poll(() => page.getByText('Changes saved').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  } catch {
    // Decap lists what it refused under each field; say it, rather than only "not saved".
    const refusals = await page
      .locator('[class*="ControlErrorsList"] li')
      .evaluateAll((items) =>
        items.map(
          (item) => `${item.closest('[class*="ControlContainer"]')?.querySelector('label')?.textContent}: ${item.textContent}`,
        ),
      );
    throw new Error(`The app did not save: ${refusals.join('; ') || 'no message shown'}`);
  }
}

beforeAll(async () => {
  // A scratch copy of the bundled content: the app's choices of programme come from the built site.
  project = await mkdtemp(join(tmpdir(), 'mfi-briefs-cms-'));
  await cp(resolve('content'), join(project, 'content'), { recursive: true });
  proxyPort = await freePort();
  proxy = await startProxy(project, proxyPort);
  site = await serveSite(inject('distDir'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Leaving an editor with unsaved changes asks for confirmation; a failed step must not block the next.
  page.on('dialog', (dialog) => dialog.accept());
  // The app looks for the proxy at Decap's default address; send that to this test's proxy.
  await page.route('http://localhost:8081/**', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('localhost:8081', `127.0.0.1:${proxyPort}`) });
    await route.fulfill({ response });
  });
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: /login/i }).click();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  proxy?.kill();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the editing app at /admin/', () => {
  beforeEach(() => {
    onTestFailed(async ({ task }) => {
      await mkdir(failures, { recursive: true });
      await page.screenshot({ path: join(failures, `cms-${task.name.replace(/\W+/g, '-')}.png`), fullPage: true });
    });
  });

  it('creates an institution through the form', async () => {
    await openApp('/collections/mfis/new');
    await fill('Name', 'Example Savings Cooperative');
    await choose('Country', 'KE');
    await choose('Region', 'africa');
    await addItem('sources', 'ID');
    await fill('ID', 'annual-report', -1);
    await choose('Type', 'report', -1);
    await fill('Title', 'Annual report 2020', -1);
    await fill('Publisher', 'Example Savings Cooperative', -1);
    await fill('URL', 'https://example.org/annual-report', -1);
    await publish();
    const text = await readFile(join(project, 'content/mfis/example-savings-cooperative.yaml'), 'utf8');
    expect(text).toContain('name: Example Savings Cooperative');
    expect(text).toContain('region: africa');
  }, 120_000);

  it('creates a brief for it, with a result and a narrative', async () => {
    await openApp('/collections/innovations/new');
    await fill('Title', 'Savings groups for school fees');
    await choose('MFI', 'Example Savings Cooperative');
    await choose('Programme', 'Microfinance for Decent Work action research');
    // A taxonomy entry is chosen by its label; the file gets its id.
    await choose('Challenge', 'Child labour');
    await fill('Summary', 'Members saved together for school fees; the example study found fewer children at work.');
    await addItem('results', 'Outcome');
    await fill('Outcome', 'Child labour', -1);
    await choose('Domain', 'Child labour', -1);
    await fill('Finding', 'Fewer children of members worked.', -1);
    await choose('Change', 'fell', -1);
    await choose('Judgement', 'favourable', -1);
    await choose('Significance', 'not-reported', -1);
    await addItem('sources', 'ID');
    await fill('ID', 'study', -1);
    await choose('Type', 'working-paper', -1);
    await fill('Title', 'Example study', -1);
    await fill('Publisher', 'Example university', -1);
    await fill('URL', 'https://example.org/study', -1);
    const narrative = page.locator('[data-slate-editor="true"]');
    await narrative.click();
    await page.keyboard.type('The cooperative tried savings groups.');
    await publish();
    const text = await readFile(join(project, 'content/innovations/savings-groups-for-school-fees.mdx'), 'utf8');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('mfi: example-savings-cooperative');
    expect(text).toContain('challenge: child-labour');
    expect(text).toContain('domain: child-labour');
    expect(text).toContain('The cooperative tried savings groups.');
  }, 120_000);

  it('edits the institution it created', async () => {
    await openApp('/collections/mfis/entries/example-savings-cooperative');
    await expect
      .poll(async () => page.locator(`[id="${await field('Name').getAttribute('for')}"]`).inputValue(), { timeout: 30_000 })
      .toBe('Example Savings Cooperative');
    await fill('Short name', 'ESC');
    await publish();
    const text = await readFile(join(project, 'content/mfis/example-savings-cooperative.yaml'), 'utf8');
    expect(text).toContain('short_name: ESC');
  }, 120_000);

  it('edits a taxonomy file', async () => {
    await openApp('/collections/taxonomies/entries/challenges');
    await expect
      .poll(async () => page.locator(`[id="${await field('Name').getAttribute('for')}"]`).inputValue(), { timeout: 30_000 })
      .toBe('Decent-work challenge');
    await fill('Short name', 'Issue');
    await publish();
    const text = await readFile(join(project, 'content/taxonomies/challenges.yaml'), 'utf8');
    expect(text).toContain('short_name: Issue');
    // The entries stay as they were.
    expect(text).toContain('id: child-labour');
    expect(text).toContain('label: Child labour');
  }, 120_000);

  it('wrote files that validate and build into a brief', async () => {
    const report = await validateContent(project);
    expect(report.problems).toEqual([]);
    for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      await cp(resolve(name), join(project, name), { recursive: true });
    await symlink(resolve('node_modules'), join(project, 'node_modules'));
    const build = await runScript('build.ts', ['--out-dir', join(project, 'dist')], project, { CI: '1' });
    expect(build.code, build.stderr).toBe(0);
    const brief = await readFile(join(project, 'dist/innovations/savings-groups-for-school-fees/index.html'), 'utf8');
    expect(brief).toContain('Savings groups for school fees');
    expect(brief).toContain('Example Savings Cooperative');
    expect(brief).toContain('The cooperative tried savings groups.');
  }, 240_000);
});
