import * as fs from 'node:fs';
import { buildModel } from '/work/main/server/src/model/build';
const file = process.argv[2]!;
const m = buildModel(fs.readFileSync(file, 'utf8'));
const pr = m.pressRelease;
const short = (s?: {text: string; range: any; recognisedBy?: string}) => s ? `[L${s.range.start.line + 1}${s.recognisedBy ? ' ' + s.recognisedBy : ''}] ${s.text.slice(0, 70).replace(/\n/g, ' ')}` : '-';
console.log('title', m.title?.text, '| sections', m.sections.map(s => `${s.kind}@${s.headingRange.start.line + 1}(${s.wordCount}w)`).join(', '));
if (pr) {
  for (const k of ['headline', 'subheading', 'summary', 'problem', 'solution', 'gettingStarted', 'callToAction'] as const) console.log(' ', k.padEnd(15), short(pr[k]));
  console.log('  dateline', pr.dateline && `${pr.dateline.city} | ${pr.dateline.date} | ph=${pr.dateline.dateIsPlaceholder}`);
  for (const q of pr.quotes) console.log('  quote', q.role, '|', q.speaker?.name, '|', q.speaker?.title, `[L${q.range.start.line + 1}]`);
}
for (const f of [m.customerFaq, m.internalFaq]) if (f) { console.log(' ', f.section.kind, f.items.length, 'items'); for (const i of f.items) console.log('    ', i.style, i.number ?? '', '|', i.question.text.slice(0, 60), '| A:', i.answer ? i.answer.text.slice(0, 30).replace(/\n/g, ' ') : 'NONE'); }
if (m.successMetrics) { console.log('  metrics', m.successMetrics.style); for (const x of m.successMetrics.metrics) console.log('    ', x.name.slice(0, 45), '|', x.target, '|', x.unit, '|', x.timeFrame, '|', x.type, x.typeStated); }
console.log('  placeholders', m.placeholders.map(p => p.text + (p.inDateline ? '(dateline)' : '')).join(', '));
