// The `stage:` front-matter field: its values offered as completions, and a
// hover that says what the stage is and what the checks expect at it (from
// the stage table, so the two cannot disagree).
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { type PrFaq, type RuleGroup, ruleGroups, type Stage, stageDescriptions, stageIds, stageNamed, stageTable } from '../../../core/src/index';
import { contains } from './ranges';

/** The `stage:` or `status:` field on this line of the front matter, with the value written so far. */
function fieldAt(model: PrFaq, lineText: string, position: Position): { field: 'stage' | 'status'; value: string; valueStart: number } | undefined {
  if (!model.frontMatter || !contains(model.frontMatter.range, position)) return undefined;
  const match = /^(\s*)(stage|status)(\s*:\s*)/.exec(lineText);
  if (!match) return undefined;
  const valueStart = match[0].length;
  return { field: match[2] as 'stage' | 'status', value: lineText.slice(valueStart).replace(/\s+#.*$/, '').trim().replace(/^["']|["']$/g, ''), valueStart };
}

/** "placeholders are errors; missing parts are errors" — what a stage changes, or that it changes nothing. */
export function stageExpectations(stage: Stage): string {
  const changed = (Object.entries(stageTable[stage]) as Array<[RuleGroup, string]>).map(([group, severity]) => `${ruleGroups[group].label} report as ${severity === 'information' ? 'information' : `${severity}s`}`);
  return changed.length === 0 ? 'every rule reports at its default severity.' : `${changed.join('; ')}. Other rules report at their defaults.`;
}

export function stageCompletions(model: PrFaq, lineText: string, position: Position): CompletionItem[] {
  const field = fieldAt(model, lineText, position);
  if (field?.field !== 'stage' || position.character < field.valueStart) return [];
  const range = { start: { line: position.line, character: field.valueStart }, end: { line: position.line, character: lineText.length } };
  return stageIds.map((stage) => ({
    label: stage,
    kind: CompletionItemKind.EnumMember,
    detail: stageDescriptions[stage].label,
    documentation: { kind: MarkupKind.Markdown, value: `${stageDescriptions[stage].meaning}\n\nAt this stage ${stageExpectations(stage)}` },
    textEdit: { range, newText: stage },
  }));
}

export function stageHover(model: PrFaq, lineText: string, position: Position, stagesPage: string): string | undefined {
  const field = fieldAt(model, lineText, position);
  if (!field) return undefined;
  const link = `[What each stage expects](${stagesPage})`;
  const known = stageNamed(field.value);
  const names = stageIds.join(', ');
  if (field.field === 'status' && !known) {
    return `**status** — shown under the title in the preview. It sets the document's stage only when it is a stage's name (${names}); add a \`stage:\` line to calibrate the checks. ${link}`;
  }
  if (!known) return `**stage** — prfaq does not know the stage "${field.value}", so every rule reports at its default severity. Use one of: ${names}. ${link}`;
  const shadowed = field.field === 'status' && model.stage?.field === 'stage' ? ' The `stage:` line sets the stage instead.' : '';
  const description = stageDescriptions[known];
  return `**Stage: ${description.label}** — ${description.meaning}\n\nAt this stage ${stageExpectations(known)} Your \`prfaq.rules\` settings still take precedence.${shadowed} ${link}`;
}
