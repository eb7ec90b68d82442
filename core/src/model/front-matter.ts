// YAML front matter: the document's metadata (title, product, author, status).
import type { Yaml } from 'mdast';
import { parse } from 'yaml';
import type { SourceText } from './source';
import type { FrontMatter } from './types';

export function readFrontMatter(node: Yaml, source: SourceText): FrontMatter {
  const range = source.rangeAt(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  return { range, ...yamlMapping(node.value) };
}

/** The top-level keys of a YAML block, when it is a mapping; the parser's first line when it does not parse. */
export function yamlMapping(yaml: string): { data: Record<string, unknown>; error?: string } {
  try {
    const data: unknown = parse(yaml, { maxAliasCount: 20 });
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    return { data: {}, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/** A text field of the front matter as readers see it (title, status, author, product): trimmed, and undefined when empty or not text. */
export function frontMatterText(data: Record<string, unknown>, key: 'title' | 'status' | 'author' | 'product'): string | undefined {
  const value = data[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
