// Hovers: on a part's heading, what the part must hold and how it stands (words against the
// budget, findings in it); on a finding, its rule's explanation and a link to the rule's page.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { faqWordCount, type Finding, type LintConfig, type PrFaq, ruleById, type Section, sectionNames } from '../../../core/src/index';
import { contains } from './ranges';
import { sectionGuidance } from './section-guidance';

export function hoverAt(model: PrFaq, findings: Finding[], config: LintConfig, position: Position, ruleDocsBase: string): Hover | null {
  // A part with no heading of its own (a press release that opens with its headline) answers on its first line.
  const section = model.sections.find((candidate) => (candidate.depth > 0 ? contains(candidate.headingRange, position) : candidate.range.start.line === position.line));
  const here = findings.filter((finding) => contains(finding.range, position));
  const blocks = [...(section ? [sectionHover(model, section, findings, config)] : []), ...uniqueRules(here).map((finding) => findingHover(finding, ruleDocsBase))];
  if (blocks.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n---\n\n') }, ...(section && here.length === 0 ? { range: section.headingRange } : {}) };
}

function sectionHover(model: PrFaq, section: Section, findings: Finding[], config: LintConfig): string {
  const inside = findings.filter((finding) => finding.range.start.line >= section.range.start.line && finding.range.start.line <= section.range.end.line);
  const lines = [`**${sectionNames[section.kind]}** — ${sectionGuidance[section.kind]}`, '', recognitionState(section), '', `${lengthState(model, section, config)}`, '', findingsState(inside)];
  return lines.join('\n');
}

/** Why prfaq took this for the part, so a writer can see a misreading and relabel it. */
function recognitionState(section: Section): string {
  const { reason, sure } = section.recognition;
  const combined = section.combined ? ' It holds both customer and internal questions.' : '';
  return `Recognised because ${reason}${sure ? '.' : ' (not certain: a heading such as "## Press Release" makes it so).'}${combined}`;
}

function lengthState(model: PrFaq, section: Section, config: LintConfig): string {
  const budget = config.options;
  if (section.kind === 'press-release') {
    const words = model.pressRelease?.wordCount ?? section.wordCount;
    const over = words > budget.pressReleaseMaxWords;
    return `Length: ${words} of ${budget.pressReleaseMaxWords} words (about one page)${over ? ` — cut ${words - budget.pressReleaseMaxWords} words.` : '.'}`;
  }
  if (section.kind === 'customer-faq' || section.kind === 'internal-faq') {
    const both = faqWordCount(model.sections);
    return `Length: ${section.wordCount} words here; both FAQs ${both} of ${budget.faqMaxWords} words (about five pages).`;
  }
  if (section.kind === 'success-metrics') return `Metrics: ${model.successMetrics?.metrics.length ?? 0}, ${section.wordCount} words.`;
  return `Length: ${section.wordCount} words.`;
}

/** Errors and warnings listed; suggestions (information, hints) only counted, so the list stays short. */
function findingsState(inside: Finding[]): string {
  const serious = inside.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  const suggestions = inside.length - serious.length;
  const suggestionNote = suggestions > 0 ? `${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'} (information and hints) in the Problems view.` : '';
  if (serious.length === 0) return ['No errors or warnings in this part.', suggestionNote].filter(Boolean).join(' ');
  const shown = serious.slice(0, 5).map((finding) => `- line ${finding.range.start.line + 1}: ${finding.message} (\`${finding.ruleId}\`)`);
  const more = serious.length > shown.length ? [`- and ${serious.length - shown.length} more in the Problems view.`] : [];
  const heading = `${serious.length} ${serious.length === 1 ? 'error or warning' : 'errors and warnings'} in this part:`;
  return [heading, ...shown, ...more, ...(suggestionNote ? ['', suggestionNote] : [])].join('\n');
}

function findingHover(finding: Finding, ruleDocsBase: string): string {
  const description = ruleById.get(finding.ruleId)?.description ?? finding.message;
  const fix = finding.fixes?.length ? ' A quick fix (Ctrl+.) can make the change for you.' : '';
  const evidence = finding.quietedByEvidence;
  const hint = evidence
    ? ` Shown as a hint: reviewers agreed with this rule ${evidence.agreed} of ${evidence.judged} times on real PR/FAQs. To see it in the Problems panel, set "prfaq.rules": { "${finding.ruleId}": "warning" }.`
    : '';
  return `**\`${finding.ruleId}\`** — ${description}${fix}${hint} [How to fix it](${ruleDocsBase}${finding.ruleId}.md)`;
}

/** One explanation per rule, however many of its findings meet at the position. */
function uniqueRules(findings: Finding[]): Finding[] {
  return findings.filter((finding, index) => findings.findIndex((other) => other.ruleId === finding.ruleId) === index);
}
