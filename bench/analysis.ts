// Full analysis (parse, model, every rule) against two baselines on the same
// text in the same process: remark-parse alone, and markdownlint with its
// default rules. The three run interleaved, in rotating order, after a
// warm-up, so that machine noise and JIT state fall on all of them alike.
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument, renderFragment, runRules } from '../core/src/index';
import { generatePrfaq } from './corpus';
import { median, now } from './stats';

export const analysisSizes = [
  { label: '1 KB', bytes: 1024 },
  { label: '5 KB', bytes: 5 * 1024 },
  { label: '50 KB', bytes: 50 * 1024 },
  { label: '1 MB', bytes: 1024 * 1024 },
];

export interface AnalysisResult {
  size: string;
  bytes: number;
  rounds: number;
  /** Median ms per document. */
  prfaqMs: number;
  remarkParseMs: number;
  markdownlintMs: number;
  renderMs: number;
  vsRemarkParse: number;
  vsMarkdownlint: number;
}

const remarkAlone = unified().use(remarkParse);

const contestants: Record<'prfaq' | 'remarkParse' | 'markdownlint' | 'render', (text: string) => unknown> = {
  prfaq: (text) => runRules(parseDocument(text).model),
  remarkParse: (text) => remarkAlone.parse(text),
  markdownlint: (text) => markdownlint({ strings: { doc: text } }),
  // The preview's work: parse and model, then the HTML fragment the webview shows.
  render: (text) => renderFragment(parseDocument(text)),
};
type Contestant = keyof typeof contestants;

/** Per size: enough rounds for a stable median within the time budget, never fewer than `minRounds`. */
export function benchmarkAnalysis(budgetMsPerSize = 6000, minRounds = 7): AnalysisResult[] {
  return analysisSizes.map(({ label, bytes }) => {
    const text = generatePrfaq(bytes, 7);
    const names = Object.keys(contestants) as Contestant[];
    // Small documents repeat inside one timing so the timer's resolution does not matter.
    const repeat = Math.max(1, Math.round((64 * 1024) / text.length));
    const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Contestant, number[]>;
    for (const name of names) contestants[name](text); // warm-up
    const started = now();
    let rounds = 0;
    while (rounds < minRounds || (now() - started < budgetMsPerSize && rounds < 500)) {
      const order = names.map((_, index) => names[(index + rounds) % names.length]!);
      for (const name of order) samples[name].push(timeOnce(contestants[name], text, repeat));
      rounds++;
    }
    const ms = (name: Contestant) => median(samples[name]);
    return {
      size: label,
      bytes: text.length,
      rounds,
      prfaqMs: ms('prfaq'),
      remarkParseMs: ms('remarkParse'),
      markdownlintMs: ms('markdownlint'),
      renderMs: ms('render'),
      vsRemarkParse: ms('prfaq') / ms('remarkParse'),
      vsMarkdownlint: ms('prfaq') / ms('markdownlint'),
    };
  });
}

function timeOnce(work: (text: string) => unknown, text: string, repeat: number): number {
  const started = now();
  for (let index = 0; index < repeat; index++) work(text);
  return (now() - started) / repeat;
}
