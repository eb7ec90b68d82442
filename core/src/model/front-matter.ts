// YAML front matter: the document's metadata (title, product, author, status).
import type { Yaml } from 'mdast';
import { parse } from 'yaml';
import type { SourceText } from './source';
import type { FrontMatter } from './types';

export function readFrontMatter(node: Yaml, source: SourceText): FrontMatter {
  const range = source.rangeAt(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  try {
    const data: unknown = parse(node.value, { maxAliasCount: 20 });
    const mapping = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { range, data: mapping };
  } catch (error) {
    return { range, data: {}, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}
