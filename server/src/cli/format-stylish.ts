// The default report: findings grouped by file, then a one-line summary.
// Colour only on a terminal (NO_COLOR and FORCE_COLOR are honoured).
import type { FileResult } from './check';

export interface Totals {
  errors: number;
  warnings: number;
  files: number;
  filesWithFindings: number;
}

export function totalsOf(results: FileResult[]): Totals {
  const all = results.flatMap((result) => result.findings);
  return {
    errors: all.filter((finding) => finding.severity === 'error').length,
    warnings: all.filter((finding) => finding.severity === 'warning').length,
    files: results.length,
    filesWithFindings: results.filter((result) => result.findings.length > 0).length,
  };
}

export function formatStylish(results: FileResult[], color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityText: Record<string, string> = { error: paint(31, 'error'), warning: paint(33, 'warning'), information: paint(36, 'info'), hint: paint(90, 'hint') };
  const lines: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    lines.push(paint(4, result.file));
    const rows = result.findings.map((finding) => [`${finding.range.start.line + 1}:${finding.range.start.character + 1}`, finding.severity, finding.message, finding.ruleId] as const);
    const width = Math.max(...rows.map(([position]) => position.length));
    const severityWidth = Math.max(...rows.map(([, severity]) => severity.length));
    for (const [position, severity, message, ruleId] of rows) {
      lines.push(`  ${paint(90, position.padEnd(width))}  ${severityText[severity]}${' '.repeat(severityWidth - severity.length)}  ${message}  ${paint(90, ruleId)}`);
    }
    lines.push('');
  }
  const totals = totalsOf(results);
  const problems = totals.errors + totals.warnings;
  const checked = `${totals.files} ${totals.files === 1 ? 'file' : 'files'} checked`;
  if (problems === 0) lines.push(paint(32, `✔ No problems (${checked}).`));
  else {
    const summary = `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} (${totals.errors} ${totals.errors === 1 ? 'error' : 'errors'}, ${totals.warnings} ${totals.warnings === 1 ? 'warning' : 'warnings'}) in ${totals.filesWithFindings} of ${checked}.`;
    lines.push(paint(totals.errors > 0 ? 31 : 33, summary));
  }
  return `${lines.join('\n')}\n`;
}
