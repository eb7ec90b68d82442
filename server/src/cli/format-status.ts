// `prfaq status`: the funnel, one row per PR/FAQ (title, stage, length against
// the budgets, errors, warnings), as a table for the terminal, JSON, or
// Markdown for a CI job summary. Ordered by stage, then by file.
import * as path from 'node:path';
import { type DocumentSummary, stageRank } from '../../../core/src/index';
import type { FileResult } from './check';

export interface StatusRow extends DocumentSummary {
  file: string;
}

export function statusRows(results: FileResult[], cwd: string): StatusRow[] {
  return results
    .filter((result): result is FileResult & { summary: DocumentSummary } => result.summary !== undefined)
    .map((result) => ({ file: path.relative(cwd, result.file) || result.file, ...result.summary }))
    .sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || a.file.localeCompare(b.file));
}

const columns = ['File', 'Title', 'Stage', 'Press release', 'FAQs', 'Errors', 'Warnings'] as const;

/** A terminal table keeps each title to this many characters; Markdown and JSON keep it whole. */
const tableTitleWidth = 48;

function cells(row: StatusRow, titleWidth = Infinity): string[] {
  const title = row.title ?? '—';
  return [
    row.file,
    title.length > titleWidth ? `${title.slice(0, titleWidth - 1).trimEnd()}…` : title,
    row.stageLabel ?? '—',
    `${row.pressReleaseWords}/${row.pressReleaseBudget} words${row.pressReleaseWords > row.pressReleaseBudget ? ' (over)' : ''}`,
    `${row.faqPages.toFixed(1)}/5 pages${row.faqWords > row.faqBudget ? ' (over)' : ''}`,
    String(row.errors),
    String(row.warnings),
  ];
}

/** "4 PR/FAQs: 1 Listen, 2 In review, 1 with no stage · 3 errors, 7 warnings". */
export function funnelLine(rows: StatusRow[]): string {
  const byStage = new Map<string, number>();
  for (const row of rows) {
    const stage = row.stage ? row.stageLabel! : 'with no stage';
    byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
  }
  const stages = [...byStage].map(([stage, count]) => `${count} ${stage}`).join(', ');
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  const warnings = rows.reduce((sum, row) => sum + row.warnings, 0);
  return `${rows.length} ${rows.length === 1 ? 'PR/FAQ' : 'PR/FAQs'}${rows.length ? `: ${stages}` : ''} · ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}

export function formatStatusTable(rows: StatusRow[]): string {
  const table = [columns.slice(), ...rows.map((row) => cells(row, tableTitleWidth))];
  const widths = columns.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column >= 5 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return `${[line(table[0]!), widths.map((width) => '─'.repeat(width)).join('  '), ...table.slice(1).map(line), '', funnelLine(rows)].join('\n')}\n`;
}

export function formatStatusMarkdown(rows: StatusRow[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const header = `| ${columns.join(' | ')} |\n| ${columns.map((_, column) => (column >= 5 ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`).join('\n');
  return `## PR/FAQ funnel\n\n${funnelLine(rows)}\n\n${header}${body ? `\n${body}` : ''}\n`;
}

export function formatStatusJson(rows: StatusRow[]): string {
  const documents = rows.map((row) => ({
    file: row.file,
    title: row.title ?? null,
    stage: row.stage ?? null,
    stageLabel: row.stageLabel ?? null,
    status: row.status ?? null,
    author: row.author ?? null,
    pressRelease: { words: row.pressReleaseWords, budget: row.pressReleaseBudget },
    faqs: { words: row.faqWords, budget: row.faqBudget, pages: row.faqPages, budgetPages: 5 },
    errors: row.errors,
    warnings: row.warnings,
  }));
  return `${JSON.stringify({ documents, summary: funnelLine(rows) }, null, 2)}\n`;
}
