// The one markdown parse of a document: CommonMark plus the parts of GFM the
// model reads (tables, footnotes, strikethrough, task lists) and YAML front matter.
//
// GFM's bare-URL links (www.…, https://…, name@host) are left out of this
// parse: recognising them tries every letter of the text as the start of an
// e-mail address, which doubled the parse, and no part of the model needs them.
// The preview, which shows them as links as GitHub does, adds them to its own
// copy of the tree with linkBareUrls.
import type { Nodes, Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Point } from 'unist';

/** GFM as remark-gfm sets it up, less the bare-URL constructs. */
function remarkGfmWithoutBareUrls(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkGfmWithoutBareUrls).use(remarkFrontmatter, ['yaml']).freeze();
/** GFM's own pass that finds bare URLs and e-mail addresses in text nodes. */
const bareUrlTransforms = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

/**
 * Deeper than any real document (a PR/FAQ nests three or four levels), and
 * shallow enough that every recursive step after the parse (the model, the
 * renderer, the libraries they use) stays far inside the call stack.
 */
export const maxNestingDepth = 256;

/** The document nests deeper than maxNestingDepth: nothing is built from it. */
export class TooDeeplyNestedError extends Error {
  constructor() {
    super(`the document nests more than ${maxNestingDepth} levels deep`);
  }
}

/** Parses `text`; throws TooDeeplyNestedError instead of returning a tree nothing else could walk. */
export function parseMarkdown(text: string): Root {
  const tree = processor.parse(text);
  if (nestsTooDeep(tree)) throw new TooDeeplyNestedError();
  // micromark skips a leading byte order mark and counts positions without it.
  if (text.charCodeAt(0) === 0xfeff) shiftPastByteOrderMark(tree);
  return tree;
}

/** Measured without recursion: a deep tree is the case to survive. */
function nestsTooDeep(tree: Root): boolean {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxNestingDepth) return true;
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth + 1]);
  }
  return false;
}

function shiftPastByteOrderMark(tree: Root): void {
  const shift = (point: Point | undefined) => {
    if (!point) return;
    if (point.offset !== undefined) point.offset += 1;
    if (point.line === 1) point.column += 1;
  };
  const visit = (node: Nodes) => {
    shift(node.position?.start);
    shift(node.position?.end);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
}

/** Turns GFM bare URLs and e-mail addresses in the tree's text into links, in place. */
export function linkBareUrls(tree: Root): Root {
  for (const transform of bareUrlTransforms) transform(tree);
  return tree;
}
