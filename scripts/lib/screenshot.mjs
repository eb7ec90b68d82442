// Opens a VS Code workbench in headless Chromium and saves what a person would see.
import { chromium as playwright } from 'playwright-core';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, chromiumArgs } from './editor.mjs';

/**
 * Waits for the workbench and an open editor, then for the status bar to show
 * `waitForText` (the language mode), and takes the screenshot.
 */
export async function takeWorkbenchScreenshot(url, file, { waitForText, width = 1440, height = 900 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-chromium-'));
  const browser = await playwright.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    args: chromiumArgs,
    viewport: { width, height },
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.editor-instance .view-lines', { timeout: 60_000 });
    // Highlighting is done once a token other than plain text (mtk1) is on screen.
    await page.waitForSelector('.editor-instance .view-lines span[class^="mtk"]:not(.mtk1)', { timeout: 60_000 });
    if (waitForText) await page.locator('.statusbar').getByText(waitForText, { exact: false }).first().waitFor({ timeout: 60_000 });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
