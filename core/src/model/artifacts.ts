// An RFC that works backwards may write its "artifacts from the future" as a
// CHANGELOG entry, help text or a README instead of a press release (the AWS
// CDK RFC template offers all three). A "Working Backwards" section made of
// those is not a press release, and holding it to one is noise.
import type { RootContent } from 'mdast';
import { plainTextOf } from './plain-text';
import type { SourceText } from './source';

const artifactName = /^(?:change\s?log|readme|help(?:\s+text)?|usage|contributing(?:\.md)?|release\s+notes|blog\s+post|man\s+page|api\s+reference|documentation|docs)$/i;

/**
 * The artifacts a section names in its headings ("### CHANGELOG") or in the
 * bold labels that open its paragraphs and list items ("**README**: …"):
 * one heading is enough, labels need two (a list of options).
 */
export function otherArtifactsNamed(blocks: readonly RootContent[], source: SourceText): string[] {
  const fromHeadings: string[] = [];
  const fromLabels: string[] = [];
  const visit = (node: RootContent): void => {
    if (node.type === 'heading') {
      const text = plainTextOf(node, source).text.trim();
      if (artifactName.test(text)) addOnce(fromHeadings, text);
      return;
    }
    if (node.type === 'paragraph') {
      const first = node.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
      if (first?.type !== 'strong') return;
      const label = plainTextOf(first, source).text.trim().replace(/:$/, '');
      if (artifactName.test(label)) addOnce(fromLabels, label);
      return;
    }
    if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') for (const child of node.children) visit(child as RootContent);
  };
  for (const block of blocks) visit(block);
  if (fromHeadings.length > 0) return fromHeadings;
  return fromLabels.length >= 2 ? fromLabels : [];
}

function addOnce(list: string[], name: string): void {
  if (!list.some((known) => known.toLowerCase() === name.toLowerCase())) list.push(name);
}
