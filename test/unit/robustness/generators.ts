// fast-check arbitraries: markdown shaped like a PR/FAQ (every part, in any
// order and state), and fixtures broken in the ways editing and pasting break them.
import fc from 'fast-check';

const word = fc.constantFrom('customers', 'due to the fact that', 'due to *the fact* that', 'in order to', 'in [order](x) to', 'Does it work offline.', 'rota', 'swap', 'managers', 'Rebook', 'shift', 'launch', 'significantly', 'we', 'the', 'API', 'TBD', '42%', '$1.2M', '2027', 'é', '😀', 'שלום', 'e\u0301', '**', '_', '`', '[', ']', '<b>', '&amp;', '\\', '|');
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
const sentence = fc.tuple(words(14), fc.constantFrom('.', '?', '!', '', ':')).map(([text, end]) => text + end);
const prose = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));

const sectionTitle = fc.constantFrom(
  'Press Release', 'Customer FAQ', 'Internal FAQ', 'Success Metrics', 'External FAQ', 'Public FAQ', 'Stakeholder FAQ',
  'Part 1 — Press Release', 'Customer / External FAQs', 'Metrics', 'Appendix', 'Tenets', 'FAQ', 'The problem', 'Getting started',
);
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(sectionTitle, sentence)).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);
const dateline = fc.tuple(fc.constantFrom('SEATTLE, WA', 'LONDON', 'NEW YORK', 'Paris'), fc.constantFrom('June 1, 2027', '[LAUNCH DATE]', '2027-06-01', 'TBD'), prose).map(([city, date, rest]) => `${city} — ${date} — ${rest}`);
const label = fc.tuple(fc.constantFrom('The problem.', 'The solution.', 'Getting started.', 'Q:', 'A:', 'C1. Which sources are supported?'), prose).map(([name, rest]) => `**${name}** ${rest}`);
const quote = fc.tuple(prose, fc.constantFrom('— Dana Ruiz, VP of Product', '— a customer', '-- Sam Lee, shift manager at Corner Cafe', '')).map(([said, who]) => `> "${said}"\n>\n> ${who}`);
const qa = fc.tuple(sentence, prose).map(([question, answer]) => `Q: ${question}\nA: ${answer}`);
const metricRow = fc.tuple(words(3), fc.constantFrom('input', 'output', 'Input', ''), fc.constantFrom('30%', '1,000 users', 'XX%', '', '4.5 stars'), fc.constantFrom('by Q3 2027', 'within 90 days', '', 'TBD'));
const metricTable = fc.array(metricRow, { minLength: 1, maxLength: 4 }).map((rows) => ['| Metric | Type | Target | By |', '| --- | --- | --- | --- |', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n'));
const list = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), prose), { minLength: 1, maxLength: 5 }).map((items) => items.map(([depth, text]) => `${'  '.repeat(depth)}- ${text}`).join('\n'));
const directive = fc.tuple(fc.constantFrom('prfaq-disable', 'prfaq-enable', 'prfaq-disable-next-line', 'prfaq-disable-line', 'expect:'), fc.constantFrom('', 'question-mark', 'placeholder', 'no-such-rule')).map(([name, rule]) => `<!-- ${name} ${rule} -->`);
const frontMatter = fc.constantFrom('---\ntitle: Rebook\nstatus: draft\n---', '---\n: [broken yaml\n---', '---\n---', '+++\ntitle = "x"\n+++');
const hostile = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '[click](javascript:alert(1))', '<iframe src="https://example.com"></iframe>',
  '<svg onload="alert(1)"><circle/></svg>', '<a href="JaVaScRiPt:alert(1)">x</a>', '<div style="background:url(https://evil.example/x)">x</div>',
  '![x](https://example.com/track.png)', '<object data="x.swf"></object>', '<form action="https://evil.example"><input></form>',
);
const code = fc.tuple(fc.constantFrom('```', '~~~', '````'), prose).map(([fence, body]) => `${fence}\n${body}\n${fence}`);
const junk = fc.string({ unit: 'binary', maxLength: 40 });

const block = fc.oneof(heading, prose, dateline, label, quote, qa, metricTable, list, directive, hostile, code, junk, fc.constant('---'), fc.constant(''));

/** A whole document: optional front matter, then blocks joined by one of the line endings writers' files have. */
export const prfaqLikeDocument = fc
  .tuple(fc.option(frontMatter), fc.array(block, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), fc.boolean())
  .map(([front, blocks, newline, bom]) => (bom ? '\uFEFF' : '') + [...(front ? [front] : []), ...blocks].join(newline + newline).replace(/\n/g, newline === '\n\n' ? '\n' : newline));

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at) => (lines: string[]) => lines.filter((_, index) => index !== at % Math.max(1, lines.length))),
  fc.nat().map((at) => (lines: string[]) => lines.flatMap((line, index) => (index === at % Math.max(1, lines.length) ? [line, line] : [line]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (lines: string[]) => {
    const copy = [...lines];
    const i = a % Math.max(1, copy.length);
    const j = b % Math.max(1, copy.length);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('**', '[', '](', '`', '```', '<div>', '> ', '| ', '---', '# ', '- ', '1. ', '<!--', '\0', '\uFFFD', '\uD83D')).map(
    ([at, column, markup]) => (lines: string[]) =>
      lines.map((line, index) => (index === at % Math.max(1, lines.length) ? line.slice(0, column % (line.length + 1)) + markup + line.slice(column % (line.length + 1)) : line)),
  ),
  fc.tuple(fc.nat(), junk).map(([at, bytes]) => (lines: string[]) => lines.flatMap((line, index) => (index === at % Math.max(1, lines.length) ? [bytes, line] : [line]))),
);

/** A fixture's text with a few random edits applied. */
export function mutatedFixture(texts: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([text, mutations]) => mutations.reduce((lines, apply) => apply(lines), text.split('\n')).join('\n'));
}
