// The one markdown parse of a document: CommonMark plus GFM (tables, footnotes,
// strikethrough, task lists) and YAML front matter.
//
// GFM's bare-URL links (www.…, https://…, name@host) are left out of this
// parse: recognising them tries every letter of the text as the start of an
// e-mail address, which doubled the parse, and no part of the model needs them.
// The preview, which shows them as links, adds them to its own copy of the tree
// with linkBareUrls.
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** What remark-gfm registers, typed as far as this file looks into it. */
interface Construct {
  name?: string;
}
type ConstructLists = Record<string, Construct | Construct[] | undefined>;
interface FromMarkdownExtension {
  enter?: Record<string, unknown>;
  transforms?: Array<(tree: Root) => Root | undefined | void>;
}

const bareUrlConstructs = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);
/** The bare-URL transforms set aside from the parse, for linkBareUrls. */
const bareUrlTransforms: Array<(tree: Root) => Root | undefined | void> = [];

/** remark-gfm, less its bare-URL constructs and the tree transform that goes with them. */
function remarkGfmWithoutBareUrls(this: Processor): void {
  remarkGfm.call(this as never);
  const data = this.data() as { micromarkExtensions?: Array<Record<string, ConstructLists>>; fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]> };
  for (const extension of data.micromarkExtensions ?? []) {
    const text = extension.text ?? {};
    for (const [code, constructs] of Object.entries(text)) {
      const kept = [constructs ?? []].flat().filter((construct) => !bareUrlConstructs.has(construct.name ?? ''));
      if (kept.length > 0) text[code] = kept;
      else delete text[code];
    }
  }
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).flat().filter((extension) => {
    const bareUrls = extension.enter !== undefined && 'literalAutolink' in extension.enter;
    if (bareUrls) bareUrlTransforms.push(...(extension.transforms ?? []));
    return !bareUrls;
  });
}

// Frozen now, so that the plugins have run before linkBareUrls is first called.
const processor = unified().use(remarkParse).use(remarkGfmWithoutBareUrls).use(remarkFrontmatter, ['yaml']).freeze();

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
