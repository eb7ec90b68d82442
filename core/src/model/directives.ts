// Inline suppression comments: <!-- prfaq-disable rule-id -->, <!-- prfaq-enable rule-id -->,
// <!-- prfaq-disable-next-line rule-id -->, <!-- prfaq-disable-line rule-id -->.
// With no rule id, a comment applies to every rule.
import type { Nodes, Root } from 'mdast';
import type { SourceText } from './source';
import type { Directive } from './types';

const comment = /<!--\s*prfaq-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function findDirectives(tree: Root, source: SourceText): Directive[] {
  const directives: Directive[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const start = node.position?.start.offset ?? 0;
      for (const match of node.value.matchAll(comment)) {
        const ruleIds = match[2]!.split(/[\s,]+/).filter((id) => /^[a-z][a-z0-9-]*$/.test(id));
        const range = source.rangeAt(start + match.index, start + match.index + match[0].length);
        directives.push({ kind: match[1] as Directive['kind'], ruleIds, range });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return directives;
}
