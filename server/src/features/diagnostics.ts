// Findings as LSP diagnostics: rule id as the code, its documentation page as the code description.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../../../core/src/index';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `ruleDocsBase` is a folder URI ending in `/` that holds one `<rule-id>.md` page per rule. */
export function toDiagnostic(finding: Finding, uri: string, ruleDocsBase: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${ruleDocsBase}${finding.ruleId}.md` },
    source: 'prfaq',
    message: finding.message,
  };
  if (finding.related) diagnostic.relatedInformation = finding.related.map(({ range, message }) => ({ location: { uri, range }, message }));
  return diagnostic;
}
