// Builds the PR/FAQ model from a document's text: one parse, then each part
// recognised in turn. Any text is a document, however little of a PR/FAQ it holds.
import type { Root, RootContent } from 'mdast';
import { buildFaq } from './faq';
import { findDateline } from './dateline';
import { findDirectives } from './directives';
import { readFrontMatter } from './front-matter';
import { buildSuccessMetrics } from './metrics';
import { parseMarkdown } from './parse';
import { findPlaceholders } from './placeholders';
import { plainTextOf } from './plain-text';
import { collectProse } from './prose';
import { buildPressRelease } from './press-release';
import { finishSection, splitSections, type SectionWithBlocks } from './sections';
import { SourceText } from './source';
import type { PrFaq, SectionKind } from './types';

/** The one parse of a document and what is built from it; the renderer needs the tree too. */
export interface ParsedDocument {
  tree: Root;
  source: SourceText;
  model: PrFaq;
}

/** A document with nothing recognised in it: what is shown for a document that was not analysed. */
export function emptyDocument(source: SourceText): ParsedDocument {
  return { tree: { type: 'root', children: [] }, source, model: { sections: [], placeholders: [], directives: [], prose: [], documentRange: source.wholeRange } };
}

export function buildModel(text: string): PrFaq {
  return parseDocument(text).model;
}

export function parseDocument(text: string): ParsedDocument {
  const source = new SourceText(text);
  const tree = parseMarkdown(text);
  const model: PrFaq = { sections: [], placeholders: [], directives: findDirectives(tree, source), prose: [], documentRange: source.wholeRange };

  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (yaml) model.frontMatter = readFrontMatter(yaml, source);

  const split = splitSections(tree.children, source);
  const parts = [...split.parts];
  const headlessPressRelease = pressReleaseWithoutHeading(split.preamble, parts, source);
  if (headlessPressRelease) parts.unshift(headlessPressRelease);
  model.sections = parts.map((part) => part.section);

  const title = split.title ?? titleFromFrontMatter(model);
  if (title) model.title = title;

  const first = (kind: SectionKind) => parts.find((part) => part.section.kind === kind);
  const pressRelease = first('press-release');
  if (pressRelease) model.pressRelease = buildPressRelease(pressRelease, source);
  const customerFaq = first('customer-faq');
  if (customerFaq) model.customerFaq = buildFaq(customerFaq, source);
  const internalFaq = first('internal-faq');
  if (internalFaq) model.internalFaq = buildFaq(internalFaq, source);
  const metrics = first('success-metrics');
  if (metrics) model.successMetrics = buildSuccessMetrics(metrics, source);

  const prose = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'code' && node.type !== 'html');
  model.placeholders = findPlaceholders(plainTextOf(prose, source), model.pressRelease?.dateline);
  model.prose = collectProse(prose, model.sections, source);
  return { tree, source, model };
}

/**
 * A press release written straight under the title, with no heading of its
 * own, is still a press release when it opens with a dateline.
 */
function pressReleaseWithoutHeading(preamble: RootContent[], parts: SectionWithBlocks[], source: SourceText): SectionWithBlocks | undefined {
  if (parts.some((part) => part.section.kind === 'press-release')) return undefined;
  const blocks = preamble.filter((node) => node.type !== 'html');
  const hasDateline = blocks.some((node) => node.type === 'paragraph' && findDateline(plainTextOf(node, source)));
  if (!hasDateline) return undefined;
  const start = source.positionAt(blocks[0]?.position?.start.offset ?? 0);
  const emptyHeading = { start, end: start };
  const part: SectionWithBlocks = {
    section: { kind: 'press-release', title: 'Press Release', depth: 0, headingRange: emptyHeading, range: emptyHeading, wordCount: 0 },
    blocks,
  };
  finishSection(part, source);
  return part;
}

function titleFromFrontMatter(model: PrFaq): PrFaq['title'] {
  const title = model.frontMatter?.data.title;
  if (typeof title !== 'string' || !model.frontMatter) return undefined;
  return { text: title, range: model.frontMatter.range };
}
