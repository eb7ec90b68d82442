// Measured quality of the writing rules on an annotated corpus: ten good
// PR/FAQs and ten flawed ones (test/fixtures/style/), each finding expected
// inline as `<!-- expect: rule-id -->`. Prints precision and recall per rule
// and holds three bars: good documents get at most one style error or warning
// per 500 words, flawed ones have 90% of their annotated problems found, and
// 90% of all style findings are ones a reviewer annotated.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../core/src/model/build';
import { countWords } from '../../core/src/model/words';
import { runRules } from '../../core/src/index';
import { expectedFindings, fixtures } from './fixture-files';

/** The rules measured: every writing rule whose findings are annotated. Passive voice (hint) and readability (information) are reported, not annotated. */
const measured = ['weasel-word', 'hype-word', 'claim-without-data', 'undefined-acronym', 'long-sentence', 'wordy-phrase'];
const shownOnly = ['passive-voice', 'readability'];

interface Tally {
  expected: number;
  found: number;
  truePositives: number;
}

function corpus(kind: 'good' | 'flawed'): string[] {
  const folder = path.join(fixtures, 'style', kind);
  return fs.readdirSync(folder).filter((name) => name.endsWith('.prfaq.md')).sort().map((name) => path.join(folder, name));
}

/** "line:rule" → count, for a multiset comparison (two weasel words on one line are two findings). */
function counts(entries: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of entries) map.set(entry, (map.get(entry) ?? 0) + 1);
  return map;
}

function measure(files: string[]) {
  const perRule = new Map<string, Tally>([...measured, ...shownOnly].map((id) => [id, { expected: 0, found: 0, truePositives: 0 }]));
  const misses: string[] = [];
  const extras: string[] = [];
  let words = 0;
  let styleWarnings = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    words += countWords(text.replace(/<!--[\s\S]*?-->/g, ''));
    const findings = runRules(buildModel(text)).filter((finding) => perRule.has(finding.ruleId));
    styleWarnings += findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').length;
    const expected = counts(expectedFindings(text).filter((entry) => measured.includes(entry.split(':')[1]!)));
    const found = counts(findings.map((finding) => `${finding.range.start.line + 1}:${finding.ruleId}`));
    for (const finding of findings) perRule.get(finding.ruleId)!.found++;
    for (const [key, count] of expected) {
      const tally = perRule.get(key.split(':')[1]!)!;
      tally.expected += count;
      tally.truePositives += Math.min(count, found.get(key) ?? 0);
      if ((found.get(key) ?? 0) < count) misses.push(`${path.basename(file)}:${key}`);
    }
    for (const [key, count] of found) {
      if (measured.includes(key.split(':')[1]!) && (expected.get(key) ?? 0) < count) extras.push(`${path.basename(file)}:${key} ${findings.find((f) => `${f.range.start.line + 1}:${f.ruleId}` === key)?.message ?? ''}`);
    }
  }
  return { perRule, misses, extras, words, styleWarnings };
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

function table(title: string, perRule: Map<string, Tally>): string {
  const rows = [...perRule].map(([id, tally]) => {
    const annotated = measured.includes(id);
    return [id, annotated ? tally.expected : '—', tally.found, annotated ? tally.truePositives : '—', annotated ? percent(tally.truePositives, tally.found) : 'not annotated', annotated ? percent(tally.truePositives, tally.expected) : '—'];
  });
  const total = [...perRule].filter(([id]) => measured.includes(id)).reduce((sum, [, t]) => ({ expected: sum.expected + t.expected, found: sum.found + t.found, truePositives: sum.truePositives + t.truePositives }), { expected: 0, found: 0, truePositives: 0 });
  rows.push(['overall (annotated rules)', total.expected, total.found, total.truePositives, percent(total.truePositives, total.found), percent(total.truePositives, total.expected)]);
  const header = ['rule', 'expected', 'found', 'true positives', 'precision', 'recall'];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row: Array<string | number>) => row.map((cell, column) => String(cell).padEnd(widths[column]!)).join('  ');
  return [title, line(header), ...rows.map(line)].join('\n');
}

describe('writing rules on the annotated corpus', () => {
  const good = corpus('good');
  const flawed = corpus('flawed');
  const all = measure([...good, ...flawed]);

  it('has at least 10 good and 10 flawed PR/FAQs of 400 to 1,200 words', () => {
    assert.ok(good.length >= 10 && flawed.length >= 10, `${good.length} good, ${flawed.length} flawed`);
    for (const file of [...good, ...flawed]) {
      const words = countWords(fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, ''));
      assert.ok(words >= 400 && words <= 1200, `${path.basename(file)} has ${words} words`);
    }
  });

  it('prints precision and recall per rule, and overall precision is at least 90%', () => {
    console.log(`\n${table(`All ${good.length + flawed.length} documents (${good.length} good, ${flawed.length} flawed)`, all.perRule)}\n`);
    if (all.extras.length > 0) console.log(`found but not annotated:\n  ${all.extras.join('\n  ')}\n`);
    if (all.misses.length > 0) console.log(`annotated but not found:\n  ${all.misses.join('\n  ')}\n`);
    const totals = [...all.perRule].filter(([id]) => measured.includes(id)).reduce((sum, [, t]) => ({ found: sum.found + t.found, truePositives: sum.truePositives + t.truePositives }), { found: 0, truePositives: 0 });
    assert.ok(totals.truePositives / totals.found >= 0.9, `overall precision ${percent(totals.truePositives, totals.found)}`);
  });

  it('finds at least 90% of the annotated problems in the flawed documents', () => {
    const { perRule } = measure(flawed);
    const totals = [...perRule].reduce((sum, [, t]) => ({ expected: sum.expected + t.expected, truePositives: sum.truePositives + t.truePositives }), { expected: 0, truePositives: 0 });
    assert.ok(totals.expected >= 50, `${totals.expected} annotated problems`);
    assert.ok(totals.truePositives / totals.expected >= 0.9, `recall ${percent(totals.truePositives, totals.expected)}`);
  });

  it('gives the good documents at most one style error or warning per 500 words', () => {
    const { words, styleWarnings } = measure(good);
    const per500 = (500 * styleWarnings) / words;
    console.log(`good documents: ${styleWarnings} style errors or warnings in ${words} words = ${per500.toFixed(2)} per 500 words`);
    assert.ok(per500 <= 1, `${per500.toFixed(2)} per 500 words`);
  });
});
