// Quick fixes from the fixes findings carry, and one action that applies every safe fix at
// once (`source.fixAll.prfaq`, for editor.codeActionsOnSave). Any rule that attaches fixes is
// served here without further work.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Finding } from '../../../core/src/index';
import { comparePositions, touches } from './ranges';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.prfaq`;
export const codeActionKinds = [CodeActionKind.QuickFix, fixAllKind];

export function codeActions(findings: Finding[], params: CodeActionParams, diagnosticOf: (finding: Finding) => Diagnostic): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(findings, params, diagnosticOf));
  if (wants(fixAllKind)) {
    const fixAll = fixAllAction(findings, params.textDocument.uri);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(findings: Finding[], params: CodeActionParams, diagnosticOf: (finding: Finding) => Diagnostic): CodeAction[] {
  const uri = params.textDocument.uri;
  return findings
    .filter((finding) => finding.fixes?.length && touches(finding.range, params.range))
    .flatMap((finding) => {
      // The editor's own copy of the diagnostic, when it sent one, so it is the one marked as fixed.
      const sent = params.context.diagnostics.find((d) => d.code === finding.ruleId && touches(d.range, finding.range) && d.message === finding.message);
      const diagnostic = sent ?? diagnosticOf(finding);
      return finding.fixes!.map((fix, index) => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0 && fix.safe,
        edit: { changes: { [uri]: fix.edits } },
      }));
    });
}

/** Every safe fix in the document, leaving out any whose edits overlap one already taken. */
function fixAllAction(findings: Finding[], uri: string): CodeAction | undefined {
  const edits: TextEdit[] = [];
  const safeFixes = findings.flatMap((finding) => (finding.fixes ?? []).filter((fix) => fix.safe).slice(0, 1));
  for (const fix of safeFixes) {
    const clashes = fix.edits.some((edit) => edits.some((taken) => overlaps(edit, taken)));
    if (!clashes) edits.push(...fix.edits);
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return { title: `Fix all safe PR/FAQ findings (${edits.length} ${edits.length === 1 ? 'edit' : 'edits'})`, kind: fixAllKind, edit: { changes: { [uri]: edits } } };
}

/** Edits overlap when they share more than a point; two inserts at one point would race, so they overlap too. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const startsBeforeEnd = comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
  const samePoint = comparePositions(a.range.start, b.range.start) === 0;
  return startsBeforeEnd || samePoint;
}
