// What must hold for any text at all: every feature answers without throwing,
// every range is a real place in the document, the outline nests, and the
// rendered page carries nothing that runs.
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver';
import { codeActions } from '../../../server/src/features/code-actions';
import { completionsAt } from '../../../server/src/features/completion';
import { toDiagnostic } from '../../../server/src/features/diagnostics';
import { hoverAt } from '../../../server/src/features/hover';
import { foldingRanges } from '../../../server/src/features/folding';
import { readinessOf } from '../../../core/src/reports/readiness';
import { documentSymbols } from '../../../server/src/features/symbols';
import { parseDocument } from '../../../core/src/model/build';
import { parseMarkdown } from '../../../core/src/model/parse';
import type { Range } from '../../../core/src/model/types';
import { renderFragment, renderStandalone } from '../../../core/src/render/index';
import { defaultLintConfig, runRules } from '../../../core/src/index';

/** Lines of `text` the way LSP counts them (\n, \r\n and \r all end a line). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function assertPosition(lines: string[], position: Range['start'], what: string): void {
  assert.ok(Number.isInteger(position.line) && position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} of ${lines.length}`);
  const line = lines[position.line]!;
  assert.ok(Number.isInteger(position.character) && position.character >= 0 && position.character <= line.length, `${what}: character ${position.character} of ${line.length}`);
  // A position between the two halves of a surrogate pair splits a character.
  const before = line.charCodeAt(position.character - 1);
  const after = line.charCodeAt(position.character);
  assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff), `${what}: splits a surrogate pair at ${position.line}:${position.character}`);
}

export function assertRange(lines: string[], range: Range, what: string): void {
  assertPosition(lines, range.start, what);
  assertPosition(lines, range.end, what);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: starts after it ends`);
}

const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

function assertSymbols(lines: string[], symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const symbol of symbols) {
    assert.ok(symbol.name.trim().length > 0, 'a symbol has a name');
    assertRange(lines, symbol.range, `symbol ${symbol.name}`);
    assertRange(lines, symbol.selectionRange, `symbol ${symbol.name} selection`);
    assert.ok(contains(symbol.range, symbol.selectionRange), `symbol ${symbol.name}: selection inside its range`);
    if (parent) assert.ok(contains(parent.range, symbol.range), `symbol ${symbol.name} inside ${parent.name}`);
    assertSymbols(lines, symbol.children ?? [], symbol);
  }
}

/** Markup that could run or call out, in the rendered page. */
const executable = [/<script/i, /<iframe/i, /<object/i, /<embed/i, /<(?:[^>"']|"[^"]*"|'[^']*')*\son[a-z]+\s*=/i, /(?:href|src|action|formaction|srcset|poster|data)\s*=\s*["']?\s*(?:javascript|vbscript):/i, /<meta[^>]+refresh/i, /<base/i, /<form/i];

export function assertSafeHtml(html: string, what: string): void {
  for (const pattern of executable) assert.ok(!pattern.test(html), `${what}: rendered HTML matches ${pattern}`);
}

/** Runs every feature over `text` in process and checks what must hold for any input. */
export function assertRobust(text: string): void {
  const lines = linesOf(text);
  const parsed = parseDocument(text);
  const findings = runRules(parsed.model, defaultLintConfig);
  for (const finding of findings) {
    assertRange(lines, finding.range, `finding ${finding.ruleId}`);
    for (const related of finding.related ?? []) assertRange(lines, related.range, `finding ${finding.ruleId} related`);
    assert.ok(finding.message.length > 0);
    toDiagnostic(finding, 'file:///fuzz.prfaq.md', 'file:///docs/');
  }
  assertSymbols(lines, documentSymbols(parsed.model));
  for (const fold of foldingRanges(parsed.model)) {
    assert.ok(fold.startLine >= 0 && fold.startLine < fold.endLine && fold.endLine < lines.length, `folding ${fold.startLine}-${fold.endLine} of ${lines.length}`);
  }
  readinessOf(parsed.model, findings, defaultLintConfig);
  for (const fix of findings.flatMap((finding) => finding.fixes ?? [])) {
    for (const edit of fix.edits) assertRange(lines, edit.range, `fix "${fix.title}"`);
  }
  assertEditorFeatures(lines, parsed.model, findings);
  assertSafeHtml(renderFragment(parsed), 'fragment');
  assertSafeHtml(renderStandalone(parsed).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), 'standalone');
}

/** Completions, hovers and code actions at the start, middle and end of a few lines, as a cursor would ask. */
function assertEditorFeatures(lines: string[], model: ReturnType<typeof parseDocument>['model'], findings: ReturnType<typeof runRules>): void {
  const uri = 'file:///fuzz.prfaq.md';
  const step = Math.max(1, Math.floor(lines.length / 5));
  for (let line = 0; line < lines.length; line += step) {
    const text = lines[line]!;
    for (const character of [0, Math.floor(text.length / 2), text.length]) {
      const position = { line, character };
      completionsAt(model, text, position, new Date(2027, 5, 1));
      hoverAt(model, findings, defaultLintConfig, position, 'file:///docs/');
      const range = { start: position, end: position };
      const actions = codeActions(findings, { textDocument: { uri }, range, context: { diagnostics: [] } }, (finding) => toDiagnostic(finding, uri, 'file:///docs/'));
      for (const edit of actions.flatMap((action) => action.edit?.changes?.[uri] ?? [])) assertRange(lines, edit.range, 'code action edit');
    }
  }
  const fixAll = codeActions(findings, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.prfaq'] } }, (finding) => toDiagnostic(finding, uri, 'file:///docs/'));
  const edits = fixAll.flatMap((action) => action.edit?.changes?.[uri] ?? []);
  for (const edit of edits) assertRange(lines, edit.range, 'fix-all edit');
  if (edits.length > 0) assertSameShape(lines.join('\n'), applyEdits(lines, edits));
}

/** Fix-all runs unseen, on save: its edits may change words, never the document's markdown structure. */
function assertSameShape(before: string, after: string): void {
  const shape = (text: string) => {
    const types: string[] = [];
    const visit = (node: { type: string; depth?: number; children?: unknown[] }) => {
      types.push(node.depth === undefined ? node.type : `${node.type}${node.depth}`);
      for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
    };
    visit(parseMarkdown(text));
    return types.join(' ');
  };
  assert.equal(shape(after), shape(before), `fix-all changed the markdown structure:\n${before}\n---\n${after}`);
}

function applyEdits(lines: string[], edits: Array<{ range: Range; newText: string }>): string {
  const offsets = [0];
  for (const line of lines) offsets.push(offsets[offsets.length - 1]! + line.length + 1);
  const text = lines.join('\n');
  const at = (position: Range['start']) => offsets[position.line]! + position.character;
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, at(edit.range.start)) + edit.newText + result.slice(at(edit.range.end)), text);
}
