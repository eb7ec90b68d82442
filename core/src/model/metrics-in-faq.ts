// Success metrics written as the answer to an FAQ question ("What are the key
// success metrics?", "What does success look like?") rather than in a part of
// their own: read from that answer as a metrics part would be.
import type { RootContent } from 'mdast';
import { buildSuccessMetrics } from './metrics';
import type { SectionWithBlocks } from './section-blocks';
import type { SourceText } from './source';
import type { FaqItem, MetricsInFaq } from './types';

/** A question that asks how the product's success is measured, in the languages prfaq reads. */
export const metricsQuestion =
  /\bsuccess\s+(?:metrics?|criteria|measures?)\b|\bkpis?\b|\bmeasure\s+(?:its\s+|our\s+|the\s+)?success\b|\bhow\s+(?:will|do)\s+we\s+know\b|\b(?:kill|exit|launch)\s+criteria\b|\bmetrics?\b.{0,40}\bsuccess\b|\bsuccess\b.{0,20}\b(?:look\s+like|mean)\b|\bcounts?\s+as\s+(?:a\s+)?success\b|\bnorth[\s-]+star\b|成功指標|成功.{0,8}測|評価指標|성공.{0,10}(?:측정|지표)|핵심\s*지표|метрики\s+успеха|как\s+(?:мы\s+)?(?:измер|оцен)\p{L}*\s+успех/iu;

/** The metrics in the answer of the first FAQ item that asks for them, with the item; undefined when no question asks. */
export function metricsInFaq(items: FaqItem[], parts: SectionWithBlocks[], source: SourceText): MetricsInFaq | undefined {
  const item = items.find((candidate) => candidate.answer && metricsQuestion.test(candidate.question.text));
  if (!item?.answer) return undefined;
  const part = parts.find((candidate) => within(item.range, candidate.section.range));
  if (!part) return undefined;
  const start = item.answer.range.start.line;
  const end = item.answer.range.end.line;
  const blocks = part.blocks.filter((node: RootContent) => node.position !== undefined && node.position.start.line - 1 >= start && node.position.end.line - 1 <= end);
  if (blocks.length === 0) return undefined;
  const metrics = buildSuccessMetrics({ section: part.section, blocks }, source);
  return metrics.metrics.length > 0 ? { ...metrics, item } : undefined;
}

function within(inner: FaqItem['range'], outer: FaqItem['range']): boolean {
  return inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
}
