// The contributed snippets: generated from the templates, valid snippet syntax, well-formed tab stops.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../core/src/model/build';
import { documentTemplates } from '../../core/src/templates/documents';
import { snippetFile } from '../../core/src/templates/snippets';
import { asPlainText, asSnippet, withNames } from '../../core/src/templates/template-text';

const root = path.resolve(__dirname, '..', '..');
const file = path.join(root, 'snippets', 'prfaq.code-snippets');
const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string; description: string; body: string[] }>;

interface TabStop {
  number: number;
  /** The default text, or the choices joined by "|". */
  content: string;
}

/** A strict reader of the snippet grammar the templates use: $n, ${n}, ${n:text}, ${n|a,b|}, and \\ escapes. */
function parseSnippet(body: string): TabStop[] {
  const stops: TabStop[] = [];
  let index = 0;
  const fail = (why: string): never => assert.fail(`${why} at ${index} in ${JSON.stringify(body.slice(Math.max(0, index - 20), index + 20))}`);
  const readNumber = () => {
    const digits = /^\d+/.exec(body.slice(index))?.[0] ?? fail('expected a tab stop number');
    index += digits.length;
    return Number(digits);
  };
  const readText = (until: string): string => {
    let text = '';
    while (index < body.length && !until.includes(body[index]!)) {
      if (body[index] === '\\') {
        text += body[index + 1] ?? fail('a lone backslash');
        index += 2;
      } else if (body[index] === '$') fail('an unescaped "$" inside a placeholder');
      else text += body[index++];
    }
    return text;
  };
  while (index < body.length) {
    const character = body[index]!;
    if (character === '\\') index += 2;
    else if (character === '}') fail('an unescaped "}"');
    else if (character !== '$') index++;
    else if (body[++index] !== '{') stops.push({ number: readNumber(), content: '' });
    else {
      index++;
      const number = readNumber();
      const kind = body[index++];
      if (kind === '}') stops.push({ number, content: '' });
      else if (kind === ':') {
        stops.push({ number, content: readText('}') });
        if (body[index++] !== '}') fail('an unclosed placeholder');
      } else if (kind === '|') {
        const options: string[] = [];
        do options.push(readText(',|'));
        while (body[index++] === ',');
        if (body[index++] !== '}') fail('an unclosed choice');
        assert.ok(options.length >= 2 && options.every(Boolean), 'a choice offers two or more options');
        stops.push({ number, content: options.join('|') });
      } else fail('an unknown tab stop form');
    }
  }
  return stops;
}

function assertWellFormed(name: string, body: string): void {
  const stops = parseSnippet(body);
  const finals = stops.filter((stop) => stop.number === 0);
  assert.equal(finals.length, 1, `${name}: one final tab stop`);
  assert.ok(body.endsWith('$0'), `${name}: the cursor ends after the text`);
  const numbers = [...new Set(stops.map((stop) => stop.number).filter((number) => number > 0))].sort((a, b) => a - b);
  assert.ok(numbers.length > 0, `${name}: has tab stops`);
  assert.deepEqual(numbers, numbers.map((_, i) => i + 1), `${name}: tab stops run 1, 2, 3… with no gap`);
  const firstSeen = stops.filter((stop) => stop.number > 0).map((stop) => stop.number);
  assert.deepEqual(firstSeen.filter((number, i) => firstSeen.indexOf(number) === i), numbers, `${name}: tab stops are met in order`);
  for (const number of numbers) {
    const contents = new Set(stops.filter((stop) => stop.number === number).map((stop) => stop.content));
    assert.equal(contents.size, 1, `${name}: every copy of tab stop ${number} has the same default`);
    assert.ok([...contents][0], `${name}: tab stop ${number} says what to write`);
  }
}

describe('snippets', () => {
  it('snippets/prfaq.code-snippets is written from the templates (run npm run snippets after changing them)', () => {
    assert.equal(fs.readFileSync(file, 'utf8'), snippetFile());
  });

  it('every snippet parses, with numbered tab stops, one default per tab stop and a final stop', () => {
    assert.ok(Object.keys(snippets).length >= 20);
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.match(snippet.prefix, /^[a-z][a-z-]+$/, `${name}: a prefix that is easy to type`);
      assert.ok(snippet.description.endsWith('.') || snippet.description.endsWith('"'), `${name}: a sentence that says what it gives`);
      assertWellFormed(name, snippet.body.join('\n'));
    }
  });

  it('prefixes are unique', () => {
    const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  it('covers the press release parts, both FAQs, the metrics and the five stages', () => {
    const prefixes = new Set(Object.values(snippets).map((snippet) => snippet.prefix));
    for (const prefix of ['prfaq', 'pr-release', 'pr-headline', 'pr-dateline', 'pr-problem', 'pr-solution', 'pr-leader-quote', 'pr-getting-started', 'pr-customer-quote', 'pr-call-to-action', 'faq-customer', 'faq-internal', 'faq-entry', 'metrics-table', 'metrics-list', 'stage-listen', 'stage-define', 'stage-invent', 'stage-refine', 'stage-test-iterate']) {
      assert.ok(prefixes.has(prefix), prefix);
    }
  });
});

describe('new-document templates', () => {
  it('each is a well-formed snippet once named, and its text parses into the parts it promises', () => {
    const expected: Record<string, string[]> = {
      full: ['press-release', 'customer-faq', 'internal-faq', 'success-metrics'],
      'press-release': ['press-release'],
      listen: ['stage-notes'],
      define: ['stage-notes'],
      invent: ['stage-notes'],
      refine: ['press-release', 'customer-faq', 'internal-faq', 'success-metrics', 'stage-notes'],
      'test-and-iterate': ['stage-notes'],
    };
    for (const { id, template } of documentTemplates) {
      const named = withNames(template, { product: 'Rebook', customer: 'clinics' });
      assertWellFormed(id, asSnippet(named));
      assert.deepEqual(buildModel(asPlainText(named)).sections.map((section) => section.kind), expected[id], id);
    }
  });

  it('every instruction a template leaves in its text is reported as a placeholder until it is replaced', () => {
    for (const { id, template } of documentTemplates) {
      const text = asPlainText(withNames(template, { product: 'Rebook', customer: 'clinics' }));
      const left = [...text.matchAll(/\[[^\[\]\n]+\](?!\()/g)].map((match) => match[0]);
      const reported = new Set(buildModel(text).placeholders.map((placeholder) => placeholder.text));
      assert.ok(left.length > 0, id);
      assert.deepEqual(left.filter((bracket) => !reported.has(bracket)), [], `${id}: brackets not reported`);
    }
  });

  it('the Define stage writes the problem statement in its Working Backwards form', () => {
    const define = documentTemplates.find((template) => template.id === 'define')!;
    assert.match(asPlainText(withNames(define.template, { product: 'Rebook', customer: 'clinics' })), /Today, clinics have to \[WHAT THEY PUT UP WITH\] when \[SITUATION\]\. Customers need a way to \[WHAT THEY NEED\]\./);
  });
});
