// `prfaq check` and `prfaq init` as a CI job or a writer at a terminal uses them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Log } from 'sarif';
import { buildModel } from '../../core/src/model/build';
import { runRules } from '../../core/src/index';
import { rules } from '../../core/src/rules/index';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test', 'fixtures');

function prfaq(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
}

describe('prfaq check', () => {
  let project: string;
  before(() => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-check-'));
    fs.cpSync(path.join(fixtures, 'flawed'), path.join(project, 'docs'), { recursive: true });
    fs.copyFileSync(path.join(root, 'examples', 'rebook.prfaq.md'), path.join(project, 'rebook.prfaq.md'));
  });
  after(() => fs.rmSync(project, { recursive: true, force: true }));

  it('checks every PR/FAQ below the folder and prints findings a reviewer can act on', () => {
    const result = prfaq(project, 'check');
    assert.equal(result.status, 0, 'warnings only: exit 0');
    assert.match(result.stdout, /^docs\/misordered\.prfaq\.md\n {2}23:1 {2}warning {2}Success Metrics comes before Internal FAQ\. Move it below/m);
    assert.match(result.stdout, /✖ 24 problems \(0 errors, 24 warnings\) in 6 of 6 files checked\.\n$/);
    assert.doesNotMatch(result.stdout, /\u001b\[/, 'no colour when NO_COLOR is set or output is not a terminal');
  });

  it('only reads the files it checks: their bytes and modification times stay as they were', () => {
    const files = ['rebook.prfaq.md', ...fs.readdirSync(path.join(project, 'docs')).map((name) => path.join('docs', name))].map((name) => path.join(project, name));
    const before = files.map((file) => ({ bytes: fs.readFileSync(file), modified: fs.statSync(file).mtimeMs }));
    for (const format of ['stylish', 'json', 'sarif']) prfaq(project, 'check', '--format', format);
    files.forEach((file, index) => {
      assert.ok(fs.readFileSync(file).equals(before[index]!.bytes), `${file} unchanged`);
      assert.equal(fs.statSync(file).mtimeMs, before[index]!.modified, `${file} not rewritten`);
    });
  });

  it('checks a document over the size limit no further, and says so in one information finding', () => {
    const large = path.join(project, 'large');
    fs.mkdirSync(large, { recursive: true });
    const example = fs.readFileSync(path.join(root, 'examples', 'rebook.prfaq.md'), 'utf8');
    fs.writeFileSync(path.join(large, 'dump.prfaq.md'), example.repeat(Math.ceil((2.5 * 1024 * 1024) / example.length)));
    const result = prfaq(project, 'check', 'large', '--format', 'json');
    assert.equal(result.status, 0);
    const [file] = JSON.parse(result.stdout).files as Array<{ findings: Array<{ ruleId: string; severity: string; message: string }> }>;
    assert.deepEqual(file!.findings.map((finding) => `${finding.severity} ${finding.ruleId}`), ['information analysis-skipped']);
    assert.match(file!.findings[0]!.message, /over the 2048 KB limit/);
    fs.rmSync(large, { recursive: true });
  });

  it('exits 1 on an error, and on more warnings than --max-warnings', () => {
    const clean = prfaq(project, 'check', 'rebook.prfaq.md', '--max-warnings', '0');
    assert.equal(clean.status, 0);
    assert.match(clean.stdout, /✔ No problems \(1 file checked\)\./);
    assert.equal(prfaq(project, 'check', 'docs/misordered.prfaq.md', '--max-warnings', '4').status, 1);
    assert.equal(prfaq(project, 'check', 'docs/misordered.prfaq.md', '--max-warnings', '5').status, 0);
    const raised = prfaq(project, 'check', 'docs/misordered.prfaq.md', '--rule', 'faq-order=error');
    assert.equal(raised.status, 1);
    assert.match(raised.stdout, /52:1 {2}error {4}The Customer FAQ comes after/);
  });

  it('reports errors only with --quiet', () => {
    const result = prfaq(project, 'check', 'docs', '--quiet', '--rule', 'faq-order=error');
    assert.equal(result.status, 1);
    assert.deepEqual(result.stdout.match(/^\s+\d+:\d+/gm)?.length, 1);
  });

  it('takes settings from .prfaqrc.json, then the "prfaq" key of package.json, and --rule over both', () => {
    const nested = path.join(project, 'team');
    fs.mkdirSync(nested, { recursive: true });
    fs.copyFileSync(path.join(fixtures, 'flawed', 'misordered.prfaq.md'), path.join(nested, 'misordered.prfaq.md'));
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'x', prfaq: { rules: { 'question-mark': 'off' } } }));
    assert.doesNotMatch(prfaq(nested, 'check').stdout, /question-mark/, 'package.json "prfaq" key applies');
    fs.writeFileSync(path.join(nested, '.prfaqrc.json'), JSON.stringify({ rules: { 'duplicate-question': 'off' } }));
    const withRc = prfaq(nested, 'check').stdout;
    assert.doesNotMatch(withRc, /duplicate-question/, 'the nearer .prfaqrc.json applies');
    assert.match(withRc, /question-mark/, 'and replaces the package.json settings');
    assert.match(prfaq(nested, 'check', '--rule', 'duplicate-question=warning').stdout, /duplicate-question/, '--rule wins over the file');
    fs.rmSync(path.join(project, 'package.json'));
  });

  it('expands globs', () => {
    const result = prfaq(project, 'check', 'docs/m*.prfaq.md', '--format', 'json');
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string }> };
    assert.deepEqual(report.files.map((file) => file.file), ['docs/misordered.prfaq.md']);
  });

  it('writes JSON with 1-based positions and totals', () => {
    const report = JSON.parse(prfaq(project, 'check', 'docs/misordered.prfaq.md', '--format', 'json').stdout);
    assert.deepEqual(report.totals, { errors: 0, warnings: 5, files: 1, filesWithFindings: 1 });
    const [first] = report.files[0].findings;
    assert.deepEqual({ ...first, message: undefined, endColumn: undefined }, { ruleId: 'section-order', severity: 'warning', message: undefined, line: 23, column: 1, endLine: 23, endColumn: undefined });
    assert.ok(first.endColumn > 19, 'the whole heading line is covered');
    assert.match(first.message, /^Success Metrics comes before Internal FAQ\./);
  });

  it('writes SARIF 2.1.0 that code scanning can load', () => {
    const out = path.join(project, 'prfaq.sarif');
    assert.equal(prfaq(project, 'check', 'docs', '--format', 'sarif', '-o', out).status, 0);
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as Log;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
    const run = log.runs[0]!;
    assert.equal(run.tool.driver.name, 'prfaq');
    assert.deepEqual(run.tool.driver.rules!.map((rule) => rule.id), rules.map((rule) => rule.id));
    assert.equal(run.results!.length, 32, '24 warnings, 7 hints of rules reviewers too often disagree with, and the core-topics information');
    for (const result of run.results!) {
      assert.equal(run.tool.driver.rules![result.ruleIndex!]!.id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level!));
      const location = result.locations![0]!.physicalLocation!;
      assert.match(location.artifactLocation!.uri!, /^docs\/[\w-]+\.prfaq\.md$/);
      assert.equal(location.artifactLocation!.uriBaseId, 'SRCROOT');
      assert.ok(location.region!.startLine! >= 1 && location.region!.startColumn! >= 1);
    }
    assert.ok(run.originalUriBaseIds!.SRCROOT!.uri!.startsWith('file://'));
  });

  it('reports the same findings as the editor for every fixture', () => {
    const report = JSON.parse(prfaq(fixtures, 'check', '.', '--format', 'json').stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; line: number; column: number; message: string }> }> };
    assert.ok(report.files.length >= 5);
    for (const file of report.files) {
      const editor = runRules(buildModel(fs.readFileSync(path.join(fixtures, file.file), 'utf8'))).map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`);
      assert.deepEqual(file.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), editor, file.file);
    }
  });

  it('answers bad input with one line per problem and exit 2, and still checks the other files', () => {
    const bad = path.join(project, 'bad');
    fs.mkdirSync(path.join(bad, 'empty-folder'), { recursive: true });
    fs.writeFileSync(path.join(bad, 'binary.prfaq.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(bad, 'latin1.prfaq.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const result = prfaq(project, 'check', 'missing.prfaq.md', 'bad/empty-folder', 'bad/binary.prfaq.md', 'bad/latin1.prfaq.md', 'rebook.prfaq.md', 'docs/misordered.prfaq.md', 'nothing-*.md');
    assert.equal(result.status, 2);
    const lines = result.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'prfaq: cannot read missing.prfaq.md: no such file or folder.',
      'prfaq: bad/empty-folder holds no PR/FAQ files (*.prfaq.md).',
      'prfaq: no file matches nothing-*.md.',
      'prfaq: bad/binary.prfaq.md is a binary file, not a PR/FAQ; it was not checked.',
      'prfaq: bad/latin1.prfaq.md is not valid UTF-8 text; save it as UTF-8 and check it again.',
    ]);
    assert.match(result.stdout, /docs\/misordered\.prfaq\.md\n/, 'the readable files were still checked');
  });

  it('rejects a broken configuration or bad flags with one line and exit 2', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-broken-'));
    fs.writeFileSync(path.join(broken, '.prfaqrc.json'), '{ "rules": { "faq-order": "error", } }');
    const result = prfaq(broken, 'check');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^prfaq: .*\.prfaqrc\.json is not valid JSON: .*Fix it or delete it to use the defaults\.\n$/);
    fs.writeFileSync(path.join(broken, '.prfaqrc.json'), '{ "rules": { "no-such-rule": "error" } }');
    assert.match(prfaq(broken, 'check').stderr, /there is no rule "no-such-rule"/);
    for (const args of [['check', '--format', 'xml'], ['check', '--max-warnings', 'many'], ['check', '--rule', 'faq-order'], ['check', '--frobnicate']]) {
      const bad = prfaq(project, ...args);
      assert.equal(bad.status, 2, args.join(' '));
      assert.equal(bad.stderr.trim().split('\n').length, 1, `${args.join(' ')}: one line`);
      assert.doesNotMatch(bad.stderr, /\n\s+at /);
    }
    fs.rmSync(broken, { recursive: true, force: true });
  });
});

describe('prfaq init', () => {
  it('writes a new PR/FAQ from the template and never replaces a file', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-init-'));
    const first = prfaq(folder, 'init', 'Tide Tables', '--customer', 'harbour masters');
    assert.equal(first.status, 0, first.stderr);
    const text = fs.readFileSync(path.join(folder, 'tide-tables.prfaq.md'), 'utf8');
    assert.match(text, /^---\ntitle: Tide Tables\n/);
    assert.match(text, /### Tide Tables \[DOES WHAT\] for harbour masters/);
    const model = buildModel(text);
    assert.deepEqual(model.sections.map((section) => section.kind), ['press-release', 'customer-faq', 'internal-faq', 'success-metrics']);
    fs.writeFileSync(path.join(folder, 'tide-tables.prfaq.md'), 'mine');
    const again = prfaq(folder, 'init', 'Tide Tables');
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exists; nothing was written/);
    assert.equal(fs.readFileSync(path.join(folder, 'tide-tables.prfaq.md'), 'utf8'), 'mine');
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe('prfaq check on many files', () => {
  it('spreads a large batch over worker threads and reports every file', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-many-'));
    const text = fs.readFileSync(path.join(fixtures, 'flawed', 'misordered.prfaq.md'), 'utf8');
    for (let index = 0; index < 200; index++) fs.writeFileSync(path.join(many, `doc-${String(index).padStart(3, '0')}.prfaq.md`), text);
    const report = JSON.parse(prfaq(many, 'check', '--format', 'json').stdout) as { totals: { files: number; warnings: number } };
    assert.deepEqual(report.totals, { errors: 0, warnings: 1000, files: 200, filesWithFindings: 200 });
    fs.rmSync(many, { recursive: true, force: true });
  });
});
