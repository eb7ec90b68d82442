// `npm run study -- <folder>`: measures recognition on real PR/FAQs kept
// outside the repository. key.json holds, per document, only line numbers
// counted by hand: where the press release is and where each FAQ question
// starts. Not part of `npm test`: the documents are not ours to commit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel, type FaqItem, type PrFaq, runRules } from '../../core/src/index';

interface KeyFaq {
  kind: 'customer' | 'internal' | 'single';
  questions: number[];
}
interface KeyDocument {
  source: string;
  file: string;
  pressRelease: { startLine: number; endLine: number } | null;
  faqs: KeyFaq[];
}

const verbose = process.argv.includes('--verbose');
const folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!folder || !fs.existsSync(folder)) {
  console.error('usage: npm run study -- <folder holding the study documents named as in scripts/study/key.json>');
  process.exit(2);
}
const key = JSON.parse(fs.readFileSync(path.join(__dirname, 'key.json'), 'utf8')) as { documents: KeyDocument[] };

interface Row {
  file: string;
  pr: string;
  found: number;
  counted: number;
  rightFaq: number;
  extra: number;
  errors: string[];
}

/** Questions of the model, each with the FAQ it was put in, by one-based line. */
function modelQuestions(model: PrFaq): Map<number, { kind: 'customer' | 'internal'; item: FaqItem }> {
  const byLine = new Map<number, { kind: 'customer' | 'internal'; item: FaqItem }>();
  for (const item of model.customerFaq?.items ?? []) byLine.set(item.question.range.start.line + 1, { kind: 'customer', item });
  for (const item of model.internalFaq?.items ?? []) byLine.set(item.question.range.start.line + 1, { kind: 'internal', item });
  return byLine;
}

function pressReleaseVerdict(model: PrFaq, expected: KeyDocument['pressRelease']): string {
  const section = model.pressRelease?.section;
  if (!expected) return section ? `none in key, found at ${section.range.start.line + 1}` : 'none (right)';
  if (!section) return 'MISSED';
  const start = section.range.start.line + 1;
  const end = section.range.end.line + 1;
  const overlap = Math.min(end, expected.endLine) - Math.max(start, expected.startLine) + 1;
  const length = expected.endLine - expected.startLine + 1;
  if (overlap <= 0) return `WRONG PLACE ${start}-${end}`;
  if (end > expected.endLine + 2) return `found, runs on to ${end} (key ends ${expected.endLine})`;
  if (overlap < length * 0.6) return `found, short ${start}-${end}`;
  return 'found';
}

const rows: Row[] = [];
for (const document of key.documents) {
  const file = path.join(folder, document.file);
  if (!fs.existsSync(file)) {
    console.error(`missing: ${document.file} (${document.source})`);
    continue;
  }
  const model = buildModel(fs.readFileSync(file, 'utf8'));
  const questions = modelQuestions(model);
  const expectedLines = new Set<number>();
  let found = 0;
  let rightFaq = 0;
  let counted = 0;
  for (const faq of document.faqs) {
    for (const line of faq.questions) {
      counted++;
      expectedLines.add(line);
      const got = questions.get(line);
      if (!got) continue;
      found++;
      if (faq.kind === 'single' || faq.kind === got.kind) rightFaq++;
    }
  }
  const extraLines = [...questions.keys()].filter((line) => !expectedLines.has(line));
  const extra = extraLines.length;
  if (verbose) {
    const missed = [...expectedLines].filter((line) => !questions.has(line));
    const wrongFaq = document.faqs.flatMap((faq) => faq.questions.filter((line) => faq.kind !== 'single' && questions.has(line) && questions.get(line)!.kind !== faq.kind));
    console.log(`${document.file}: missed ${missed.join(' ') || '-'}; extra ${extraLines.join(' ') || '-'}; wrong FAQ ${wrongFaq.join(' ') || '-'}; parts ${model.sections.map((section) => `${section.kind}@${section.range.start.line + 1}-${section.range.end.line + 1}`).join(' ')}`);
  }
  const errors = runRules(model)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.ruleId}@${finding.range.start.line + 1}`);
  rows.push({ file: document.file, pr: pressReleaseVerdict(model, document.pressRelease), found, counted, rightFaq, extra, errors });
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);
console.log(`${pad('document', 58)} ${pad('press release', 34)} ${pad('questions', 10)} ${pad('right FAQ', 10)} ${pad('extra', 6)} errors`);
for (const row of rows) {
  console.log(`${pad(row.file.slice(0, 57), 58)} ${pad(row.pr, 34)} ${pad(`${row.found}/${row.counted}`, 10)} ${pad(row.rightFaq, 10)} ${pad(row.extra, 6)} ${row.errors.join(' ') || '-'}`);
}
const withPr = key.documents.filter((document) => document.pressRelease && rows.some((row) => row.file === document.file));
const prFound = rows.filter((row) => row.pr.startsWith('found') && !row.pr.includes('runs on') && !row.pr.includes('short')).length;
const total = (pick: (row: Row) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
const counted = total((row) => row.counted);
const found = total((row) => row.found);
const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
console.log('');
console.log(`documents: ${rows.length}`);
const prAnywhere = rows.filter((row) => row.pr.startsWith('found')).length;
console.log(`press release found: ${prAnywhere}/${withPr.length}, with the right extent: ${prFound}/${withPr.length}`);
console.log(`questions found: ${found}/${counted} (${percent(found, counted)})`);
console.log(`questions in the right FAQ: ${total((row) => row.rightFaq)}/${counted} (${percent(total((row) => row.rightFaq), counted)})`);
console.log(`questions found that the key does not hold: ${total((row) => row.extra)}`);
console.log(`documents with an error: ${rows.filter((row) => row.errors.length > 0).length}; errors: ${total((row) => row.errors.length)}`);
