// `npm run study -- <folder> [--verbose] [--held-out]`: how well prfaq reads
// real PR/FAQs kept outside the repository. key.json holds, per document, only
// line numbers counted by hand: the press release, its headline, subheading,
// dateline and quotes, every FAQ question and its FAQ, and the metrics.
//
// The corpus is split before anyone looks (split.ts). By default only the
// study half is measured and listed. `--held-out` measures the held-out third,
// in totals only: run it once, at the end of a round, to report the gap.
// Not part of `npm test`: the documents are not ours to commit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../core/src/model/build';
import type { PrFaq } from '../../core/src/model/types';
import { runRules } from '../../core/src/check/run-rules';
import { isHeldOut } from './split';

interface KeyDocument {
  source: string;
  file: string;
  language: string;
  layout?: string;
  pressRelease: { startLine: number; endLine: number } | null;
  headline?: number | null;
  subheading?: number | null;
  dateline?: number | null;
  quotes?: Array<{ line: number; named: boolean; role: 'leader' | 'customer' | 'unknown' }>;
  faqs: Array<{ kind: 'customer' | 'internal' | 'single'; questions: number[] }>;
  metrics?: number[];
}

const verbose = process.argv.includes('--verbose');
const heldOut = process.argv.includes('--held-out');
const folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!folder || !fs.existsSync(folder)) {
  console.error('usage: npm run study -- <folder holding the study documents named as in scripts/study/key.json> [--verbose] [--held-out]');
  process.exit(2);
}
const key = JSON.parse(fs.readFileSync(path.join(__dirname, 'key.json'), 'utf8')) as { documents: KeyDocument[] };
const documents = key.documents.filter((document) => isHeldOut(document.source) === heldOut);

/** Found / asked, for one kind of part. */
class Tally {
  found = 0;
  asked = 0;
  add(found: boolean): boolean {
    this.asked++;
    if (found) this.found++;
    return found;
  }
  toString(): string {
    return this.asked === 0 ? '-' : `${this.found}/${this.asked} (${((100 * this.found) / this.asked).toFixed(1)}%)`;
  }
}

const line = (range: { start: { line: number } } | undefined) => (range ? range.start.line + 1 : undefined);

function questionsOf(model: PrFaq): Map<number, 'customer' | 'internal'> {
  const byLine = new Map<number, 'customer' | 'internal'>();
  for (const item of model.customerFaq?.items ?? []) byLine.set(item.question.range.start.line + 1, 'customer');
  for (const item of model.internalFaq?.items ?? []) byLine.set(item.question.range.start.line + 1, 'internal');
  return byLine;
}

/** Lines a part may start on and still be the keyed one: the key counts the line the text is on, a model may start at its label. */
const near = (found: number | undefined, keyed: number, slack = 1) => found !== undefined && Math.abs(found - keyed) <= slack;

const totals = {
  pressRelease: new Tally(),
  pressReleaseExtent: new Tally(),
  noFalsePressRelease: new Tally(),
  headline: new Tally(),
  subheading: new Tally(),
  dateline: new Tally(),
  noFalseDateline: new Tally(),
  quotes: new Tally(),
  speakers: new Tally(),
  questions: new Tally(),
  rightFaq: new Tally(),
  metrics: new Tally(),
  readRight: new Tally(),
};
let extraQuestions = 0;
let errors = 0;
let documentsWithErrors = 0;

for (const document of documents) {
  const file = path.join(folder, document.file);
  if (!fs.existsSync(file)) {
    console.error(`missing: ${document.file}`);
    continue;
  }
  const model = buildModel(fs.readFileSync(file, 'utf8'));
  const pr = model.pressRelease;
  const problems: string[] = [];
  const check = (tally: Tally, found: boolean, what: string) => {
    if (!tally.add(found)) problems.push(what);
  };

  if (document.pressRelease) {
    const start = line(pr?.section.range);
    const end = pr ? pr.section.range.end.line + 1 : undefined;
    const overlaps = start !== undefined && end !== undefined && Math.min(end, document.pressRelease.endLine) >= Math.max(start, document.pressRelease.startLine);
    check(totals.pressRelease, overlaps, 'press release');
    const length = document.pressRelease.endLine - document.pressRelease.startLine + 1;
    const rightExtent = overlaps && end! <= document.pressRelease.endLine + 2 && Math.min(end!, document.pressRelease.endLine) - Math.max(start!, document.pressRelease.startLine) + 1 >= length * 0.6;
    check(totals.pressReleaseExtent, rightExtent, `press release extent ${start}-${end}`);
  } else check(totals.noFalsePressRelease, !pr, `a press release at ${line(pr?.section.range)} the key does not hold`);
  if (document.headline) check(totals.headline, near(line(pr?.headline?.range), document.headline), `headline (found ${line(pr?.headline?.range) ?? 'none'})`);
  if (document.subheading) check(totals.subheading, near(line(pr?.subheading?.range), document.subheading), `subheading (found ${line(pr?.subheading?.range) ?? 'none'})`);
  if (document.dateline) check(totals.dateline, near(line(pr?.dateline?.range), document.dateline), `dateline (found ${line(pr?.dateline?.range) ?? 'none'})`);
  else if (document.pressRelease) check(totals.noFalseDateline, pr?.dateline === undefined, `a dateline at ${line(pr?.dateline?.range)} the key does not hold`);
  for (const quote of document.quotes ?? []) {
    const found = pr?.quotes.find((candidate) => near(line(candidate.range), quote.line, 2));
    check(totals.quotes, found !== undefined, `quote ${quote.line}`);
    if (found && quote.named) check(totals.speakers, found.speaker !== undefined || found.saidBy !== undefined, `speaker of the quote at ${quote.line}`);
  }
  const questions = questionsOf(model);
  const keyed = new Set<number>();
  for (const faq of document.faqs) {
    for (const question of faq.questions) {
      keyed.add(question);
      const kind = questions.get(question);
      check(totals.questions, kind !== undefined, `question ${question}`);
      if (kind) check(totals.rightFaq, faq.kind === 'single' || faq.kind === kind, `question ${question} in the ${kind} FAQ`);
    }
  }
  const extra = [...questions.keys()].filter((found) => !keyed.has(found));
  extraQuestions += extra.length;
  if (extra.length > 0) problems.push(`questions the key does not hold: ${extra.join(' ')}`);
  const metricLines = (model.successMetrics ?? model.metricsInFaq)?.metrics.map((metric) => metric.range.start.line + 1) ?? [];
  for (const metric of document.metrics ?? []) check(totals.metrics, metricLines.some((found) => near(found, metric)), `metric ${metric}`);
  const raised = runRules(model).filter((finding) => finding.severity === 'error');
  errors += raised.length;
  if (raised.length > 0) documentsWithErrors++;
  totals.readRight.add(problems.length === 0);
  if (verbose && !heldOut) console.log(`${document.file}: ${problems.join('; ') || 'read right'}${raised.length ? `; errors ${raised.map((finding) => `${finding.ruleId}@${line(finding.range)}`).join(' ')}` : ''}`);
}

const half = heldOut ? 'held-out third' : 'study half';
console.log(`\n${half}: ${totals.readRight.asked} documents`);
const rows: Array<[string, Tally | string]> = [
  ['press releases found', totals.pressRelease],
  ['  with the right extent', totals.pressReleaseExtent],
  ['no press release where the key has none', totals.noFalsePressRelease],
  ['headlines', totals.headline],
  ['subheadings', totals.subheading],
  ['datelines', totals.dateline],
  ['  no dateline where the key has none', totals.noFalseDateline],
  ['quotes', totals.quotes],
  ['  speakers found (named or described)', totals.speakers],
  ['questions found', totals.questions],
  ['  in the right FAQ', totals.rightFaq],
  ['questions found that the key does not hold', String(extraQuestions)],
  ['metrics', totals.metrics],
  ['documents read fully right', totals.readRight],
  ['errors raised', `${errors} in ${documentsWithErrors} documents`],
];
for (const [label, value] of rows) console.log(`${label.padEnd(44)} ${String(value)}`);
