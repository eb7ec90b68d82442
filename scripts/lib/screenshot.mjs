// Headless Chromium on a VS Code workbench: opening the browser, the example's
// preview, and what the demo's check and the screenshot tests look for.
import { chromium as playwright } from 'playwright-core';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, chromiumArgs } from './editor.mjs';

/** Headless Chromium with a profile of its own; `close()` also removes the profile. */
export async function launchChromium({ width = 1600, height = 1000 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-chromium-'));
  const browser = await playwright.launchPersistentContext(profile, { executablePath: chromium, headless: true, args: chromiumArgs, viewport: { width, height } });
  const page = browser.pages()[0] ?? (await browser.newPage());
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The webview frame that holds the rendered preview, once it shows the headline. */
export async function previewFrame(page) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = await frame.$('#content .headline').catch(() => null);
      if (found) return frame;
    }
    await page.waitForEvent('framenavigated', { timeout: 2_000 }).catch(() => {});
  }
  throw new Error('the preview did not show a headline within 60 s');
}

/** Once the status bar shows `statusText`, opens the preview beside the editor (Ctrl+K V) and returns its frame. */
export async function openPreview(page, statusText) {
  await page.waitForSelector('.editor-instance .view-lines', { timeout: 60_000 });
  await page.locator('.statusbar').getByText(statusText).first().waitFor({ timeout: 60_000 });
  await page.click('.editor-instance .view-lines');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  return previewFrame(page);
}

/**
 * What a new user sees on opening the demo's address: checks that `fileName`
 * is the open editor, that the extension is active (its word count in the
 * status bar comes from the language server), that no notification covers the
 * editor, and that the preview opens; saves the screenshot to `file`.
 * Throws with what was missing.
 */
export async function checkDemoPage(url, fileName, file) {
  const chromiumSession = await launchChromium({ width: 1440, height: 900 });
  const { page } = chromiumSession;
  try {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const tab = page.locator('.tabs-container .tab.active', { hasText: fileName });
    await tab.waitFor({ timeout: 60_000 }).catch(() => {
      throw new Error(`${fileName} is not the open editor`);
    });
    await page.locator('.statusbar').getByText(/\/\d+ words/).first().waitFor({ timeout: 60_000 }).catch(() => {
      throw new Error('the extension did not start: its word count never appeared in the status bar');
    });
    const frame = await openPreview(page, 'PR/FAQ');
    await frame.waitForSelector('.readiness', { timeout: 20_000 });
    const toasts = await page.locator('.notifications-toasts .notification-toast').allTextContents();
    if (toasts.length > 0) throw new Error(`a notification covers the editor: ${toasts.map((text) => JSON.stringify(text.trim())).join(', ')}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  } finally {
    await chromiumSession.close();
  }
}
