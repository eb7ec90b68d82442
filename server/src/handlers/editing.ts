// The editor's own features on an open PR/FAQ: the outline, folding,
// completions, hovers and quick fixes, each from the document's check.
import { MarkupKind, type Connection } from 'vscode-languageserver';
import { codeActions } from '../features/code-actions';
import { completionsAt } from '../features/completion';
import { toDiagnostic } from '../features/diagnostics';
import { foldingRanges } from '../features/folding';
import { hoverAt } from '../features/hover';
import { stageCompletions, stageHover } from '../features/stage-field';
import { documentSymbols } from '../features/symbols';
import { lineAt, type ServerState } from '../state';

export function handleEditing(connection: Connection, state: () => ServerState): void {
  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const found = await state().analysisFor(textDocument.uri, token);
    return found ? documentSymbols(found.analysis.parsed.model) : null;
  });

  connection.onFoldingRanges(async ({ textDocument }, token) => {
    const found = await state().analysisFor(textDocument.uri, token);
    return found ? foldingRanges(found.analysis.parsed.model) : null;
  });

  connection.onCompletion(async ({ textDocument, position }, token) => {
    const found = await state().analysisFor(textDocument.uri, token);
    if (!found) return null;
    const line = lineAt(found.document, position.line);
    const model = found.analysis.parsed.model;
    return [...stageCompletions(model, line, position), ...completionsAt(model, line, position, new Date())];
  });

  connection.onHover(async ({ textDocument, position }, token) => {
    const found = await state().analysisFor(textDocument.uri, token);
    if (!found) return null;
    const { ruleDocsBase } = state();
    const { model } = found.analysis.parsed;
    const stage = stageHover(model, lineAt(found.document, position.line), position, `${ruleDocsBase}../stages.md`);
    if (stage) return { contents: { kind: MarkupKind.Markdown, value: stage } };
    return hoverAt(model, found.analysis.findings, found.config, position, ruleDocsBase);
  });

  connection.onCodeAction(async (params, token) => {
    const found = await state().analysisFor(params.textDocument.uri, token);
    return found ? codeActions(found.analysis.findings, params, (finding) => toDiagnostic(finding, params.textDocument.uri, state().ruleDocsBase)) : null;
  });
}
