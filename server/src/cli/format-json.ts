// Machine-readable report: one entry per file with its findings (1-based lines and columns).
import type { FileResult } from './check';
import { totalsOf } from './format-stylish';

export function formatJson(results: FileResult[]): string {
  const files = results.map((result) => ({
    file: result.file,
    ...(result.error ? { error: result.error } : {}),
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line + 1,
      column: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
    })),
  }));
  return `${JSON.stringify({ files, totals: totalsOf(results) }, null, 2)}\n`;
}
