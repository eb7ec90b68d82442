// Printing the launch announcement to PDF with a Chromium-family browser found
// on the user's machine, through the browser's own headless print, and
// counting pages with pdf-lib. Node-only: the editor's web build says PDF
// needs the desktop editor.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';

/** Where Chrome, Edge, Chromium and Brave install themselves, per platform. */
const knownBrowsers: Record<string, string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'brave-browser'].flatMap((name) => [`/usr/bin/${name}`, `/usr/local/bin/${name}`, `/snap/bin/${name}`]),
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
  ],
  win32: [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
    .filter((folder): folder is string => Boolean(folder))
    .flatMap((folder) => [
      path.join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(folder, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.join(folder, 'Chromium', 'Application', 'chrome.exe'),
      path.join(folder, 'BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'),
    ]),
};

export class BrowserNotFoundError extends Error {}

/**
 * The browser to print with: the configured path when it exists, else the
 * first one installed in its usual place. `setting` names where the writer
 * chooses it (the editor's setting, or the command line's --browser).
 */
export function findBrowser(configured?: string, setting = 'prfaq.export.browserPath'): string {
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new BrowserNotFoundError(`The browser set in ${setting} was not found: ${configured}. Point it at Chrome, Edge, Chromium or Brave.`);
  }
  const found = (knownBrowsers[process.platform] ?? []).find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new BrowserNotFoundError(`PDF export needs Chrome, Edge, Chromium or Brave, and none was found in its usual place. Install one, or set ${setting} to its program file.`);
}

export interface PrintOptions {
  browser: string;
  /** The browser is stopped after this long, so an export never hangs. */
  timeoutMs?: number;
}

/** Prints a standalone HTML page to PDF bytes. */
export async function printToPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), 'prfaq-print-'));
  try {
    const page = path.join(folder, 'page.html');
    const output = path.join(folder, 'page.pdf');
    await writeFile(page, html);
    await runBrowser(options.browser, [`--print-to-pdf=${output}`, pathToFileURL(page).href], folder, options.timeoutMs ?? 60_000);
    if (!existsSync(output)) throw new Error(`${path.basename(options.browser)} finished without writing the PDF. Check that it is a Chromium-family browser (Chrome, Edge, Chromium, Brave).`);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function runBrowser(browser: string, args: string[], folder: string, timeoutMs: number): Promise<void> {
  const flags = [
    '--headless',
    '--disable-gpu',
    '--no-pdf-header-footer',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    // A profile of its own, so a browser the user has open is neither used nor disturbed.
    `--user-data-dir=${path.join(folder, 'profile')}`,
    // Chromium refuses to run as root with its sandbox (containers, CI).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  return new Promise((resolve, reject) => {
    // A process group of its own (POSIX), so a stuck browser is stopped with all its helper processes.
    const ownGroup = process.platform !== 'win32';
    const child = spawn(browser, [...flags, ...args], { stdio: ['ignore', 'ignore', 'pipe'], detached: ownGroup });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      stop(child, ownGroup);
      reject(new Error(`${path.basename(browser)} did not finish printing within ${Math.round(timeoutMs / 1000)} s, and was stopped.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${browser}: ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(browser)} stopped with exit code ${code} while printing.${lastLine(errors)}`));
    });
  });
}

function stop(child: ChildProcess, ownGroup: boolean): void {
  try {
    if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
  // Whatever still holds the pipe must not keep this process waiting.
  child.stderr?.destroy();
  child.unref();
}

function lastLine(text: string): string {
  const line = text.trim().split('\n').pop();
  return line ? ` It said: ${line}` : '';
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
