// The heading tree of a document. mdast keeps headings as flat siblings; a
// reviewer reads them as nested sections, and so does the recogniser.
import type { Heading, RootContent } from 'mdast';
import { plainTextOf } from './plain-text';
import type { SourceText } from './source';

export interface OutlineNode {
  /** Missing for the document root. */
  heading?: Heading;
  /** The heading's depth, 1 to 6; 0 for the root. */
  depth: number;
  /** The heading's readable text. */
  text: string;
  /** The blocks under the heading before its first sub-heading. */
  own: RootContent[];
  children: OutlineNode[];
}

export function outlineOf(blocks: RootContent[], source: SourceText): OutlineNode {
  const root: OutlineNode = { depth: 0, text: '', own: [], children: [] };
  const open: OutlineNode[] = [root];
  for (const node of blocks) {
    if (node.type === 'yaml') continue;
    if (node.type !== 'heading') {
      open[open.length - 1]!.own.push(node);
      continue;
    }
    while (open.length > 1 && open[open.length - 1]!.depth >= node.depth) open.pop();
    const child: OutlineNode = { heading: node, depth: node.depth, text: plainTextOf(node, source).text, own: [], children: [] };
    open[open.length - 1]!.children.push(child);
    open.push(child);
  }
  return root;
}

/** Everything under a node after its heading: its own blocks, then each sub-section with its heading. */
export function blocksUnder(node: OutlineNode): RootContent[] {
  const blocks = [...node.own];
  for (const child of node.children) {
    if (child.heading) blocks.push(child.heading);
    blocks.push(...blocksUnder(child));
  }
  return blocks;
}

/** The node's heading (when it has one) and everything under it. */
export function blocksOfNode(node: OutlineNode): RootContent[] {
  return node.heading ? [node.heading, ...blocksUnder(node)] : blocksUnder(node);
}

/** Every node below `node`, depth first, in document order. */
export function* descendants(node: OutlineNode): Generator<OutlineNode> {
  for (const child of node.children) {
    yield child;
    yield* descendants(child);
  }
}
