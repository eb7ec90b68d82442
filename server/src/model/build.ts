// Builds the PR/FAQ model from a document's text. Never throws: any text is a
// document, however little of a PR/FAQ it holds.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse';
import { nodeRange, wholeTextRange } from './positions';
import { sectionKindOf } from './section-kind';
import type { PrFaq, Range, Section } from './types';

export function buildModel(text: string): PrFaq {
  const tree = parseMarkdown(text);
  const documentRange = wholeTextRange(text);
  return { sections: collectSections(tree, documentRange), documentRange };
}

function collectSections(tree: Root, documentRange: Range): Section[] {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  // The top-level parts sit at the shallowest heading depth that names a part;
  // a document title above them (a lone `#` heading) is not a part.
  const named = headings.filter((heading) => sectionKindOf(toString(heading)) !== 'other');
  const partDepth = named.length > 0 ? Math.min(...named.map((heading) => heading.depth)) : 1;
  const parts = headings.filter((heading) => heading.depth === partDepth);

  return parts.map((heading) => {
    const headingRange = nodeRange(heading);
    const next = headings.find((candidate) => candidate.depth <= partDepth && startLine(candidate) > headingRange.start.line);
    const end = next ? lineEndBefore(next, tree) : documentRange.end;
    const title = toString(heading).trim();
    return { kind: sectionKindOf(title), title, depth: heading.depth, headingRange, range: { start: headingRange.start, end } };
  });
}

function startLine(heading: Heading): number {
  return nodeRange(heading).start.line;
}

/** The end of the last node that ends before `heading` starts. */
function lineEndBefore(heading: Heading, tree: Root): Range['end'] {
  const headingStart = startLine(heading);
  let end = nodeRange(heading).start;
  for (const node of tree.children) {
    const range = nodeRange(node);
    if (range.end.line < headingStart) end = range.end;
  }
  return end;
}
