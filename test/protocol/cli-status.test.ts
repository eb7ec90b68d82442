// `prfaq status`: the funnel of test/fixtures/funnel (one document per stage,
// and one without), in the three formats, agreeing with `prfaq check`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const funnel = path.join(root, 'test', 'fixtures', 'funnel');

function prfaq(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: funnel, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
}

interface StatusJson {
  documents: Array<{ file: string; title: string | null; stage: string | null; stageLabel: string | null; author: string | null; pressRelease: { words: number; budget: number }; faqs: { pages: number }; errors: number; warnings: number }>;
  summary: string;
}

describe('prfaq status', () => {
  it('lists each PR/FAQ by stage with its title, author, length and counts, as JSON', () => {
    const result = prfaq('status', '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout) as StatusJson;
    assert.deepEqual(
      report.documents.map((row) => [row.file, row.stageLabel]),
      [
        ['quay-ledger-listen.prfaq.md', 'Listen'],
        ['berth-board-review.prfaq.md', 'In review'],
        ['tide-clock-final.prfaq.md', 'Final'],
        ['mooring-map.prfaq.md', null],
      ],
    );
    const final = report.documents.find((row) => row.stage === 'final')!;
    assert.equal(final.title, 'Tide Clock tells harbour masters when each berth floats');
    assert.equal(final.author, 'Ines Moreau, Product Lead, Harbour Tools');
    assert.ok(final.pressRelease.words > 250 && final.pressRelease.words <= final.pressRelease.budget, `${final.pressRelease.words} words`);
    assert.equal(report.summary, '4 PR/FAQs: 1 Listen, 1 In review, 1 Final, 1 with no stage · 1 error, 2 warnings');
  });

  it('counts the errors and warnings prfaq check reports, file by file', () => {
    const status = JSON.parse(prfaq('status', '--format', 'json').stdout) as StatusJson;
    const check = JSON.parse(prfaq('check', '--format', 'json').stdout) as { files: Array<{ file: string; findings: Array<{ severity: string }> }> };
    for (const row of status.documents) {
      const checked = check.files.find((file) => path.basename(file.file) === row.file)!;
      assert.deepEqual([row.errors, row.warnings], ['error', 'warning'].map((severity) => checked.findings.filter((finding) => finding.severity === severity).length), row.file);
    }
    // Listen holds the same missing parts as the document with no stage, and is not warned about them.
    const byFile = new Map(status.documents.map((row) => [row.file, row]));
    assert.equal(byFile.get('quay-ledger-listen.prfaq.md')!.warnings, 0);
    assert.equal(byFile.get('mooring-map.prfaq.md')!.warnings, 2);
    assert.equal(byFile.get('berth-board-review.prfaq.md')!.errors, 1, 'the [TBD] left in review');
  });

  it('prints a table for the terminal and Markdown for a CI job summary', () => {
    const table = prfaq('status');
    assert.equal(table.status, 0, table.stderr);
    const lines = table.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^File\s+Title\s+Stage\s+Press release\s+FAQs\s+Errors\s+Warnings$/);
    assert.match(lines[2]!, /^quay-ledger-listen\.prfaq\.md\s+Quay Ledger tells harbour masters when each ber…\s+Listen\s+\d+\/650 words\s+\d\.\d\/5 pages\s+0\s+0$/);
    assert.equal(lines.at(-1), '4 PR/FAQs: 1 Listen, 1 In review, 1 Final, 1 with no stage · 1 error, 2 warnings');

    const markdown = prfaq('status', '--format', 'markdown').stdout;
    assert.match(markdown, /^## PR\/FAQ funnel\n\n4 PR\/FAQs: .*\n\n\| File \| Title \| Stage \| Press release \| FAQs \| Errors \| Warnings \|\n\| --- \| --- \| --- \| --- \| --- \| ---: \| ---: \|\n/);
    assert.equal(markdown.split('\n').filter((line) => line.startsWith('| ') && line.includes('.prfaq.md')).length, 4);
    assert.match(markdown, /\| tide-clock-final\.prfaq\.md \| Tide Clock tells harbour masters when each berth floats \| Final \|/, 'whole titles in Markdown');
  });

  it('answers a bad format or a missing file with one line and exit code 2', () => {
    const format = prfaq('status', '--format', 'csv');
    assert.equal(format.status, 2);
    assert.equal(format.stderr, 'prfaq: --format csv: choose table, json or markdown.\n');
    const missing = prfaq('status', 'nowhere.prfaq.md');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^prfaq: .*nowhere\.prfaq\.md/);
  });
});
