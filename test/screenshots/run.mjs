// Screenshots of the preview for a person to look at, taken in a real VS Code
// (code-server, the packaged .vsix installed) in headless Chromium, in a light
// and a dark theme. Each screenshot is also a check: the preview must show the
// example's headline, both pull quotes and a clean readiness bar.
// Writes test-results/screenshots/*.png and closes with `screenshots: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { quietSettings, startCodeServer } from '../../scripts/lib/code-server.mjs';
import { ensureEditorInstalled, freePort, root } from '../../scripts/lib/editor.mjs';
import { launchChromium, openPreview, previewFrame } from '../../scripts/lib/screenshot.mjs';
import { packageExtension } from '../../scripts/package.mjs';

const out = path.join(root, 'test-results', 'screenshots');
let passed = 0;
let failed = 0;
let currentPage;

async function check(name, work) {
  try {
    await work();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    failed++;
    await currentPage?.screenshot({ path: path.join(out, `failed-${passed + failed}.png`) }).catch(() => {});
    console.log(`  ✘ ${name}\n    ${error.message.split('\n').join('\n    ')}`);
  }
}

/** The example rendered by the command line, as `prfaq render` writes it. */
function renderExample() {
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'render', path.join(root, 'examples', 'rebook.prfaq.md')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`prfaq render failed: ${result.stderr}`);
  return result.stdout;
}

/** The example exported by the command line to `file`; returns what it reported. */
function exportExample(format, file) {
  fs.rmSync(file, { force: true });
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'render', path.join(root, 'examples', 'rebook.prfaq.md'), '--format', format, '-o', file], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`prfaq render --format ${format} failed: ${result.stderr}`);
  return result.stderr;
}

/** The language server processes started from the extension installed in `stateDir`, as pgrep lists them. */
function nodeServerPids(stateDir) {
  return spawnSync('pgrep', ['-f', `${stateDir}/.*dist/server\\.js`], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).join(', ');
}

/** The first `count` pages of a PDF as PNG files in the screenshot folder. */
function drawPages(pdf, name, count) {
  const result = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(count), pdf, path.join(out, name)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
}

async function main() {
  ensureEditorInstalled();
  fs.mkdirSync(out, { recursive: true });
  const vsix = packageExtension();
  await inEditor(vsix, quietSettings, async ({ page, browser, stateDir, workspace }) => {
    if (process.env.PRFAQ_SCREENSHOT_LOG) page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
    // The language mode shows once the editor knows the file; the word count needs the server too.
    const frame = await openPreview(page, 'PR/FAQ');

    await check('light theme: the preview shows the headline, two pull quotes and a clean review bar', async () => {
      await frame.waitForSelector('.readiness .total.clean', { timeout: 20_000 });
      const headline = await frame.textContent('#content .headline');
      if (!headline?.startsWith('Rebook fills the gaps')) throw new Error(`headline was ${JSON.stringify(headline)}`);
      const quotes = await frame.$$eval('.pull-quote', (nodes) => nodes.length);
      if (quotes !== 2) throw new Error(`expected 2 pull quotes, saw ${quotes}`);
      // The desktop build: its server is a Node process (the browser build's check below expects none).
      if (!nodeServerPids(stateDir)) throw new Error('no Node language server runs from the installed extension');
      await page.screenshot({ path: path.join(out, 'editor-and-preview-light.png') });
    });

    await check('scroll sync: moving the editor to line 75 scrolls the preview to the metrics', async () => {
      await page.click('.editor-instance .view-lines');
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 10_000 });
      await page.keyboard.type('75');
      await page.keyboard.press('Enter');
      await frame.waitForFunction(() => {
        const metrics = document.querySelector('.metrics');
        return metrics !== null && Math.abs(metrics.getBoundingClientRect().top) < window.innerHeight;
      }, undefined, { timeout: 20_000 });
    });

    await check('scroll sync: scrolling the preview back to the top scrolls the editor back', async () => {
      await frame.evaluate(() => window.scrollTo({ top: 0 }));
      await page.waitForFunction(() => {
        const numbers = [...document.querySelectorAll('.editor-instance .line-numbers')].map((node) => Number(node.textContent));
        return numbers.length > 0 && Math.min(...numbers) <= 3;
      }, undefined, { timeout: 20_000 });
    });

    await check('double-click in the preview puts the cursor on that line of the source', async () => {
      await frame.dblclick('.customer-faq .faq-item .question');
      // The breadcrumbs follow the cursor, through the outline the server provides.
      await page.locator('.breadcrumbs-control').getByText('How much does Rebook cost?').first().waitFor({ timeout: 20_000 });
    });

    await check('dark theme: the preview follows the VS Code theme', async () => {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+T');
      await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 10_000 });
      await page.keyboard.type('Dark Modern');
      await page.waitForSelector('.quick-input-list .monaco-list-row.focused', { timeout: 10_000 });
      await page.keyboard.press('Enter');
      const dark = await previewFrame(page);
      await dark.waitForFunction(() => document.body.classList.contains('vscode-dark'), undefined, { timeout: 30_000 });
      const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g).map(Number);
      if (r + g + b > 200) throw new Error(`the preview background stayed light: ${background}`);
      await page.screenshot({ path: path.join(out, 'editor-and-preview-dark.png') });
    });

    await check('exported HTML: the standalone page on paper', async () => {
      const exported = path.join(workspace, 'rebook.html');
      fs.writeFileSync(exported, renderExample());
      const view = await browser.newPage();
      await view.setViewportSize({ width: 1000, height: 1300 });
      await view.goto(`file://${exported}`);
      const headline = await view.textContent('.headline');
      if (!headline?.startsWith('Rebook fills the gaps')) throw new Error(`headline was ${JSON.stringify(headline)}`);
      await view.screenshot({ path: path.join(out, 'exported-page.png'), fullPage: true });
      await view.close();
    });
    await check('exported PDF: the first two pages, as a reviewer prints them', () => {
      const pdf = path.join(workspace, 'rebook.pdf');
      const report = exportExample('pdf', pdf);
      if (!/Press release 1 page \(budget 1\)/.test(report)) throw new Error(`page report was ${JSON.stringify(report)}`);
      drawPages(pdf, 'exported-pdf-page', 2);
      const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout;
      if (!text.includes('Rebook fills the gaps') || !/Page 1 of \d/.test(text)) throw new Error('the first page lacks the headline or its page number');
    });

    await check('exported Word document: opened by LibreOffice, headline first, the FAQ questions numbered', () => {
      const docx = path.join(workspace, 'rebook.docx');
      exportExample('docx', docx);
      // A LibreOffice profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
      const office = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-libreoffice-'));
      const converted = spawnSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(path.join(office, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', office, docx], { encoding: 'utf8', timeout: 120_000 });
      const pdf = path.join(office, 'rebook.pdf');
      if (converted.status !== 0 || !fs.existsSync(pdf)) throw new Error(`LibreOffice could not open the .docx: ${converted.stderr}`);
      drawPages(pdf, 'exported-word-page', 1);
      const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
      if (!/Press Release\s+Rebook fills the gaps/.test(text)) throw new Error('LibreOffice does not show the headline under the first heading');
      if (!/1\.\s+How much does Rebook cost\?/.test(text)) throw new Error('the first customer question is not numbered');
      fs.rmSync(office, { recursive: true, force: true });
    });
  });
  await funnelView(vsix);
  await funnelFirstOpening(vsix);
  await browserBuild(vsix);
  console.log(`Screenshots in ${path.relative(root, out)}/`);
}

/**
 * code-server with `vsix` installed and `settings`, a copy of the examples open
 * with the example in the editor, and headless Chromium on it; `work` runs
 * with them, then everything is stopped and removed. With `openExample`
 * false no editor is open, so nothing starts the extension until a view of
 * its own is shown.
 */
async function inEditor(vsix, settings, work, { withFunnel = false, funnelCopies = 0, openExample = true } = {}) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-screens-'));
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  if (withFunnel) fs.cpSync(path.join(root, 'test', 'fixtures', 'funnel'), path.join(workspace, 'ideas'), { recursive: true });
  if (funnelCopies > 0) writeFunnelCopies(path.join(workspace, 'many'), funnelCopies);
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-code-server-'));
  const file = openExample ? path.join(workspace, 'rebook.prfaq.md') : undefined;
  const editor = await startCodeServer({ stateDir, vsix, folder: workspace, file, port: await freePort(), settings });
  const chromiumSession = await launchChromium();
  const { browser, page } = chromiumSession;
  try {
    currentPage = page;
    await page.goto(editor.url);
    await work({ page, browser, stateDir, workspace });
  } finally {
    await chromiumSession.close();
    editor.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** `count` PR/FAQs made from the funnel fixtures, each product renamed "<name> <number>" so every row has a title of its own. */
function writeFunnelCopies(folder, count) {
  fs.mkdirSync(folder, { recursive: true });
  const fixtures = path.join(root, 'test', 'fixtures', 'funnel');
  const sources = fs.readdirSync(fixtures).map((name) => fs.readFileSync(path.join(fixtures, name), 'utf8'));
  const products = /Quay Ledger|Berth Board|Tide Clock|Mooring Map/g;
  for (let index = 0; index < count; index++) {
    const number = String(index + 1).padStart(4, '0');
    fs.writeFileSync(path.join(folder, `copy-${number}.prfaq.md`), sources[index % sources.length].replace(products, (product) => `${product} ${number}`));
  }
}

/** Folds the folder's files away to give the PR/FAQs view the room and widens the side bar so each row's counts and lengths show; then expands the view and returns its pane. */
async function showFunnelView(page, workspace) {
  const header = page.locator('.pane-header', { hasText: 'PR/FAQs' }).first();
  await header.waitFor({ timeout: 60_000 });
  const files = page.locator('.pane-header', { hasText: path.basename(workspace) }).first();
  if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + sidebar.width + 420, sidebar.y + sidebar.height / 2, { steps: 5 });
  await page.mouse.up();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page.locator('.pane', { has: header });
}

/**
 * The PR/FAQs view opened on 1,000 PR/FAQs the extension has never seen: every
 * file is listed by its front-matter title and stage at once, marked "being
 * checked…" until the server's check fills in its findings and lengths.
 * No editor is open, so the extension starts when the view is shown: the scan
 * begins with the view on screen, and listing a file (one read, no parse) is
 * always done long before checking it, whatever the machine's speed.
 */
function funnelFirstOpening(vsix) {
  const copies = 1000;
  return inEditor(vsix, quietSettings, ({ page, workspace }) =>
    check(`PR/FAQs view, first opening of ${copies} PR/FAQs: all listed by title and stage while they are checked`, async () => {
      const view = await showFunnelView(page, workspace);
      // Every file at Listen (a quarter of the copies and the fixture) is listed while checks are still to come.
      const atListen = copies / 4 + 1;
      await view.locator('.monaco-list-row', { hasText: new RegExp(`^Listen\\s*${atListen} · .*being checked`) }).first().waitFor({ timeout: 120_000 });
      await view.locator('.monaco-list-row', { hasText: 'being checked…' }).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(out, 'funnel-first-opening.png') });
      // And every one is checked in the end.
      await view.locator('.monaco-list-row', { hasText: 'being checked' }).first().waitFor({ state: 'detached', timeout: 180_000 });
    }),
  { withFunnel: true, funnelCopies: copies, openExample: false });
}

/** The PR/FAQs view in the Explorer, on the example and the funnel fixtures (one at Listen, in review, final, and one with no stage). */
function funnelView(vsix) {
  return inEditor(vsix, quietSettings, ({ page, workspace }) =>
    check('PR/FAQs view: every PR/FAQ of the workspace, grouped by stage, with its counts', async () => {
      await page.waitForSelector('.editor-instance .view-lines', { timeout: 60_000 });
      const view = await showFunnelView(page, workspace);
      const row = (text) => view.locator('.monaco-list-row', { hasText: text }).first();
      for (const text of ['Listen', 'In review', 'Final', 'No stage', 'Tide Clock tells harbour masters', 'Rebook fills the gaps']) await row(text).waitFor({ timeout: 60_000 });
      // Every row checked: none still says "being checked…".
      await view.locator('.monaco-list-row', { hasText: 'being checked' }).first().waitFor({ state: 'detached', timeout: 60_000 });
      const review = await row('Berth Board').textContent();
      if (!/1 error/.test(review ?? '')) throw new Error(`the document in review should show its [TBD] error, showed ${JSON.stringify(review)}`);
      await page.screenshot({ path: path.join(out, 'funnel-view.png') });
    }),
  { withFunnel: true });
}

/** The same .vsix run by the browser's web worker extension host (as on vscode.dev): the preview, and no Node server process. */
function browserBuild(vsix) {
  // A UI extension with a browser entry runs in the browser's web worker host, not the server's Node host.
  const settings = { ...quietSettings, 'remote.extensionKind': { 'prfaq.prfaq': ['ui'] } };
  return inEditor(vsix, settings, ({ page, stateDir }) =>
    check('browser build: the web worker host shows the preview, the status bar counts, and no Node server runs', async () => {
      // The word count comes from the language server: the extension is active and its server answers.
      const frame = await openPreview(page, '/650 words');
      await frame.waitForSelector('.readiness .total.clean', { timeout: 20_000 });
      const nodeServers = nodeServerPids(stateDir);
      if (nodeServers) throw new Error(`a Node language server runs from the installed extension (pid ${nodeServers}): the extension ran in the Node host`);
      await page.screenshot({ path: path.join(out, 'browser-build-preview.png') });
    }),
  );
}

main().then(
  () => {
    console.log(`screenshots: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  },
  (error) => {
    console.error(`screenshot tests could not run: ${error.message}`);
    console.log(`screenshots: ${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
