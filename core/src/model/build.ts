// Builds the PR/FAQ model from a document's text: one parse, the parts
// recognised from the heading tree and the content, then each part read in
// turn. Any text is a document, however little of a PR/FAQ it holds.
import type { Root } from 'mdast';
import { buildFaq } from './faq';
import { findDirectives } from './directives';
import { readFrontMatter } from './front-matter';
import { readStage } from './stage';
import type { SectionNames } from './heading-names';
import { metricsInFaq } from './metrics-in-faq';
import { quotesInTestimonials } from './testimonials';
import { buildSuccessMetrics } from './metrics';
import { parseMarkdown } from './parse';
import { findPlaceholders } from './placeholders';
import { plainTextOf } from './plain-text';
import { collectProse } from './prose';
import { buildPressRelease } from './press-release';
import { recognise } from './find-parts';
import { assignLanguages } from './language';
import { judgeDocument } from './document-judgement';
import type { SectionWithBlocks } from './section-blocks';
import { SourceText } from './source';
import type { Faq, PrFaq, SectionKind } from './types';

/** The one parse of a document and what is built from it; the renderer needs the tree too. */
export interface ParsedDocument {
  tree: Root;
  source: SourceText;
  model: PrFaq;
}

export interface ModelOptions {
  /** Heading names the writer added per part (`prfaq.sections`). */
  sections?: SectionNames;
  /** The writer named the file *.prfaq.md: with an FAQ or metrics part, it is a PR/FAQ whatever its headings say. */
  declared?: boolean;
}

const nothingRecognised = (): PrFaq['recognition'] => ({ confidence: 'none', reasons: [] });

/** A document with nothing recognised in it: what is shown for a document that was not analysed. */
export function emptyDocument(source: SourceText): ParsedDocument {
  return { tree: { type: 'root', children: [] }, source, model: { sections: [], placeholders: [], directives: [], prose: [], documentRange: source.wholeRange, recognition: nothingRecognised(), language: 'und' } };
}

export function buildModel(text: string, options: ModelOptions = {}): PrFaq {
  return parseDocument(text, options).model;
}

export function parseDocument(text: string, options: ModelOptions = {}): ParsedDocument {
  const source = new SourceText(text);
  const tree = parseMarkdown(text);
  const model: PrFaq = { sections: [], placeholders: [], directives: findDirectives(tree, source), prose: [], documentRange: source.wholeRange, recognition: nothingRecognised(), language: 'und' };

  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (yaml) model.frontMatter = readFrontMatter(yaml, source);
  const stage = readStage(model.frontMatter);
  if (stage) model.stage = stage;

  const recognised = recognise(tree.children, source, options.sections);
  const parts = recognised.parts;
  model.sections = parts.map((part) => part.section);

  const title = recognised.title ?? titleFromFrontMatter(model);
  if (title) model.title = title;

  const ofKind = (kind: SectionKind) => parts.filter((part) => part.section.kind === kind);
  // A title that names the press release ("Ukiyoue – Press Release & FAQ") may stand above the one that holds it: the press release is the one with the prose.
  const pressRelease = ofKind('press-release').reduce<SectionWithBlocks | undefined>((best, part) => (!best || part.section.wordCount > best.section.wordCount * 3 ? part : best), undefined);
  if (pressRelease) {
    model.pressRelease = buildPressRelease(pressRelease, source);
    model.pressRelease.quotes.push(...quotesInTestimonials(parts, source));
  }
  const customerFaq = faqOf(ofKind('customer-faq'), source);
  if (customerFaq) model.customerFaq = customerFaq;
  const internalFaq = faqOf(ofKind('internal-faq'), source);
  if (internalFaq) model.internalFaq = internalFaq;
  const metrics = ofKind('success-metrics')[0];
  if (metrics) model.successMetrics = buildSuccessMetrics(metrics, source);
  else {
    const answered = metricsInFaq([...(internalFaq?.items ?? []), ...(customerFaq?.items ?? [])], [...ofKind('internal-faq'), ...ofKind('customer-faq')], source);
    if (answered) model.metricsInFaq = answered;
  }
  model.recognition = judgeDocument(model, options.declared === true);
  if (options.declared) model.recognition.named = true;

  const prose = tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'code' && node.type !== 'html');
  model.placeholders = findPlaceholders(plainTextOf(prose, source), model.pressRelease?.dateline);
  model.prose = collectProse(prose, model.sections, source);
  assignLanguages(model, model.frontMatter?.data.lang ?? model.frontMatter?.data.language);
  return { tree, source, model };
}

/** One FAQ from every part of its kind (an umbrella's topic groups, a FAQ continued further down), under the first part's section. */
function faqOf(parts: SectionWithBlocks[], source: SourceText): Faq | undefined {
  if (parts.length === 0) return undefined;
  const faqs = parts.map((part) => buildFaq(part, source));
  return { section: faqs[0]!.section, items: faqs.flatMap((faq) => faq.items) };
}

function titleFromFrontMatter(model: PrFaq): PrFaq['title'] {
  const title = model.frontMatter?.data.title;
  if (typeof title !== 'string' || !model.frontMatter) return undefined;
  return { text: title, range: model.frontMatter.range };
}
