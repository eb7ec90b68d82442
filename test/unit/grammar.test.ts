// The TextMate grammar, tokenized with the same engine VS Code uses.
// Markdown itself comes from VS Code's built-in grammar at run time; a small
// stand-in gives it the paragraph scope our injections attach to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const markdownStandIn = {
  scopeName: 'text.html.markdown',
  patterns: [
    { match: '^(#{1,6})\\s+(.*)$', name: 'markup.heading.markdown', captures: { '2': { name: 'entity.name.section.markdown' } } },
    { begin: '(^|\\G)(?=\\S)', end: '$', name: 'meta.paragraph.markdown', patterns: [{ include: '#inline' }] },
  ],
  repository: { inline: { patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }] } },
};

let grammar: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return parseRawGrammar(JSON.stringify(markdownStandIn), 'markdown.json');
      if (scopeName !== 'text.prfaq.markdown') return null;
      const file = path.join(root, 'syntaxes', 'prfaq.tmLanguage.json');
      return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const loaded = await registry.loadGrammar('text.prfaq.markdown');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** The scopes of the token that covers `fragment` in `line`. */
function scopesAt(line: string, fragment: string): string[] {
  const offset = line.indexOf(fragment);
  assert.ok(offset >= 0, `"${fragment}" is in "${line}"`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((candidate) => candidate.startIndex <= offset && offset < candidate.endIndex)!;
  return token.scopes;
}

describe('prfaq TextMate grammar', () => {
  it('marks part headings as sections while keeping markdown heading scopes', () => {
    for (const heading of ['## Press Release', '# Part 1 — Press Release', '## Customer / External FAQs', '## Internal FAQ', '## Success Metrics']) {
      const scopes = scopesAt(heading, heading.replace(/^#+ /, ''));
      assert.ok(scopes.includes('entity.name.section.prfaq'), `${heading}: ${scopes.join(' ')}`);
      assert.ok(scopes.includes('markup.heading.markdown'), heading);
    }
  });

  it('marks FAQ questions written as headings and as Q: lines', () => {
    assert.ok(scopesAt('### How much does it cost?', 'How much').includes('string.other.question.prfaq'));
    assert.ok(scopesAt('**Q:** Who is the customer?', 'Q:').includes('keyword.other.question-label.prfaq'));
    assert.ok(scopesAt('**C1. Which sources are supported?**', 'C1.').includes('keyword.other.question-label.prfaq'));
  });

  it('marks the dateline, and a placeholder date inside it', () => {
    const line = 'PORTLAND, OR — March 3, 2027 — Harbor Health today launched Rebook.';
    assert.ok(scopesAt(line, 'PORTLAND').includes('entity.name.tag.dateline.city.prfaq'));
    assert.ok(scopesAt(line, 'March 3').includes('constant.other.date.prfaq'));
    const placeholder = 'SEATTLE, WA — [LAUNCH DATE] — Tally launches.';
    assert.ok(scopesAt(placeholder, '[LAUNCH DATE]').includes('invalid.deprecated.placeholder.prfaq'));
  });

  it('marks placeholders in prose, but not in code or ordinary brackets', () => {
    const line = 'Adoption reaches XX% by [DATE]; TODO confirm with [TBD] and see [the survey](https://example.test).';
    for (const fragment of ['XX%', '[DATE]', 'TODO', '[TBD]']) {
      assert.ok(scopesAt(line, fragment).includes('invalid.deprecated.placeholder.prfaq'), fragment);
    }
    assert.ok(!scopesAt(line, 'the survey').includes('invalid.deprecated.placeholder.prfaq'));
    assert.ok(!scopesAt('Run `TODO` here.', 'TODO').includes('invalid.deprecated.placeholder.prfaq'));
  });

  it('leaves ordinary headings as plain markdown headings', () => {
    const scopes = scopesAt('### Rebook fills the gaps in a clinic day', 'Rebook');
    assert.ok(!scopes.some((scope) => scope.endsWith('.prfaq')), scopes.join(' '));
  });
});
