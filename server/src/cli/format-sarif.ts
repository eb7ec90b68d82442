// SARIF 2.1.0, the format code-scanning dashboards read.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { rules, type Severity, tooOftenWrong } from '../../../core/src/index';
import { version } from '../version';
import type { FileResult } from './check';

const levels: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: FileResult[], cwd: string): string {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    help: { text: `${rule.description} See docs/rules/${rule.id}.md in the prfaq package for why it matters and how to fix it.` },
    // A rule reviewers too often disagree with reports as a hint (core/src/rules/agreement.ts).
    defaultConfiguration: { level: levels[tooOftenWrong(rule.id) ? 'hint' : rule.defaultSeverity] },
  }));
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'prfaq', version, semanticVersion: version, rules: descriptors } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.findings.map(
            (finding): Result => ({
              ruleId: finding.ruleId,
              ruleIndex: index.get(finding.ruleId)!,
              level: levels[finding.severity],
              message: { text: finding.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: path.relative(cwd, path.resolve(cwd, result.file)).split(path.sep).join('/'), uriBaseId: 'SRCROOT' },
                    region: {
                      startLine: finding.range.start.line + 1,
                      startColumn: finding.range.start.character + 1,
                      endLine: finding.range.end.line + 1,
                      endColumn: finding.range.end.character + 1,
                    },
                  },
                },
              ],
            }),
          ),
        ),
        invocations: [
          {
            executionSuccessful: results.every((result) => !result.error),
            toolExecutionNotifications: results
              .filter((result) => result.error)
              .map((result) => ({ level: 'error' as const, message: { text: result.error! }, locations: [{ physicalLocation: { artifactLocation: { uri: result.file } } }] })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
