// `prfaq render --format pdf|docx` from the built command line: the PDF's
// pages as pdfinfo and pdf-lib count them, the page report, the refusal to
// replace a file, and clear answers when there is no browser or it hangs.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { exportDocx } from '../../core/src/export/index';
import { findBrowser, pageCount, printToPdf } from '../../core/src/export/pdf';
import { parseDocument } from '../../core/src/model/build';
import { renderPrintable } from '../../core/src/render/print';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const example = path.join(root, 'examples', 'rebook.prfaq.md');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-export-'));
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, input: '' });
after(() => fs.rmSync(folder, { recursive: true, force: true }));

function pdfinfo(file: string): Record<string, string> {
  const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return Object.fromEntries(result.stdout.split('\n').map((line) => line.split(/:\s+/, 2) as [string, string]).filter(([key, value]) => key && value));
}

describe('prfaq render --format pdf and docx (dist/cli.js)', () => {
  it('prints the example to PDF and reports the pages its parts take, as pdfinfo counts them', async () => {
    const out = path.join(folder, 'rebook.pdf');
    const result = run('render', example, '--format', 'pdf', '-o', out);
    assert.equal(result.status, 0, result.stderr);
    const info = pdfinfo(out);
    const report = /Press release (\d+) pages? \(budget 1\) · FAQs (\d+) pages? \(budget 5\) · (\d+) pages on A4/.exec(result.stderr);
    assert.ok(report, result.stderr);
    assert.equal(Number(report[3]), Number(info.Pages), 'the report counts the pages pdfinfo counts');
    assert.equal((await PDFDocument.load(fs.readFileSync(out))).getPageCount(), Number(info.Pages));
    assert.equal(report[1], '1', 'the example press release fits on one page');
    assert.ok(Number(report[1]) + Number(report[2]) <= Number(info.Pages), 'each FAQ starts a new page, so the parts add up to at most the whole');
    assert.match(info['Page size'] ?? '', /A4/);
  });

  it('prints on Letter paper when asked, and lets the FAQs follow on with --continuous', () => {
    const out = path.join(folder, 'rebook-letter.pdf');
    const result = run('render', example, '--format', 'pdf', '--paper', 'letter', '--continuous', '-o', out);
    assert.equal(result.status, 0, result.stderr);
    assert.match(pdfinfo(out)['Page size'] ?? '', /letter/);
    assert.match(result.stderr, /pages? on Letter/);
  });

  it('writes a Word document, and replaces neither it nor a PDF without --force', () => {
    const docx = path.join(folder, 'rebook.docx');
    assert.equal(run('render', example, '--format', 'docx', '-o', docx).status, 0);
    assert.equal(fs.readFileSync(docx).subarray(0, 2).toString(), 'PK', 'a .docx is a zip file');
    for (const [format, file] of [
      ['docx', docx],
      ['pdf', path.join(folder, 'rebook.pdf')],
    ] as const) {
      if (!fs.existsSync(file)) fs.writeFileSync(file, 'x');
      const before = fs.readFileSync(file);
      const refused = run('render', example, '--format', format, '-o', file);
      assert.equal(refused.status, 2);
      assert.match(refused.stderr, /already exists; nothing was written\. Add --force to replace it\./);
      assert.deepEqual(fs.readFileSync(file), before);
    }
  });

  it('answers a missing browser, a browser that hangs and a missing -o with one line and exit code 2', () => {
    const hanging = path.join(folder, 'hanging-browser.sh');
    const hangingPid = path.join(folder, 'hanging-browser.pid');
    // It writes its process id, then waits; exec keeps that id for the sleep.
    fs.writeFileSync(hanging, `#!/bin/sh\necho $$ > '${hangingPid}'\nexec sleep 600\n`, { mode: 0o755 });
    const cases: Array<[string[], RegExp]> = [
      [['--browser', path.join(folder, 'no-such-browser')], /^prfaq: The browser set in --browser was not found: .*no-such-browser\. Point it at Chrome, Edge, Chromium or Brave\.\n$/],
      [['--browser', hanging, '--timeout', '1'], /^prfaq: could not print the PDF: hanging-browser\.sh did not finish printing within 1 s, and was stopped\.\n$/],
    ];
    for (const [extra, message] of cases) {
      const result = run('render', example, '--format', 'pdf', '-o', path.join(folder, 'never.pdf'), ...extra);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
    }
    // The hanging browser was stopped, not left behind (kill -0 finds no such process).
    const pid = Number(fs.readFileSync(hangingPid, 'utf8'));
    assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, `the hanging browser (pid ${pid}) still runs`);
    assert.equal(fs.existsSync(path.join(folder, 'never.pdf')), false);
    assert.match(run('render', example, '--format', 'pdf').stderr, /--format pdf writes a file: add -o/);
    assert.match(run('render', example, '--format', 'odt').stderr, /--format odt: render writes html, pdf or docx\./);
  });

  it('prints every fixture to PDF and writes it to Word', async () => {
    const files = spawnSync('find', [path.join(root, 'test', 'fixtures'), '-name', '*.md'], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    assert.ok(files.length > 60, `found ${files.length} fixtures`);
    const browser = findBrowser();
    const failures: string[] = [];
    // Two prints at a time, one browser each: the page report's extra prints are measured on the example above.
    for (let index = 0; index < files.length; index += 2) {
      await Promise.all(
        files.slice(index, index + 2).map(async (file) => {
          const text = fs.readFileSync(file, 'utf8');
          try {
            const pdf = await printToPdf(renderPrintable(parseDocument(text), { allowRemoteImages: false, paper: 'a4', faqOnNewPage: true }), { browser });
            if ((await pageCount(pdf)) < 1) failures.push(`${file}: no pages`);
            const docx = await exportDocx(text, { paper: 'a4' });
            if (Buffer.from(docx.subarray(0, 2)).toString() !== 'PK') failures.push(`${file}: not a .docx`);
          } catch (error) {
            failures.push(`${path.relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }),
      );
    }
    assert.deepEqual(failures, []);
  });
});
