// Building blocks for the rendered announcement: small element helpers, and
// markdown blocks turned into HTML trees that are sanitised before use.
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent as HastContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Nodes as MdastNodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

export interface RenderOptions {
  /** Show images from http(s) addresses; off by default, so a document cannot call out to a server. */
  allowRemoteImages: boolean;
  /** Shown in place of the page when the document was not analysed (too large, too slow). */
  notice?: string;
  /** Only these parts (the masthead stays): printing the press release alone measures its pages. */
  parts?: ReadonlyArray<'press-release' | 'faqs'>;
  /** On paper the metrics read as a table, not as cards. */
  metricsAs?: 'cards' | 'table';
}

export function el(tagName: string, properties: Properties, children: Array<ElementContent | string> = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

/** Raw HTML in the document is parsed, then everything passes the GitHub-style allow-list. */
const schema = {
  ...defaultSchema,
  clobberPrefix: 'prfaq-content-',
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['input'].includes(name)),
  // Removed with their content: the text inside a <style> or a <textarea> is not prose a reader should see.
  strip: [...(defaultSchema.strip ?? []), 'style', 'textarea', 'noscript', 'template', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'object', 'select'],
};

/** A markdown node as sanitised HTML content. */
export function contentOf(node: MdastNodes | MdastNodes[], options: RenderOptions): ElementContent[] {
  const nodes = Array.isArray(node) ? node : [node];
  const root: HastRoot = { type: 'root', children: [] };
  for (const item of nodes) {
    const converted = toHast(item, { allowDangerousHtml: true });
    if (converted.type === 'root') root.children.push(...(converted.children as HastContent[]));
    else root.children.push(converted as HastContent);
  }
  const clean = sanitize(raw(root), schema) as HastRoot;
  blockRemoteImages(clean, options);
  return clean.children.filter((child): child is ElementContent => child.type !== 'doctype');
}

/** The children of a single rendered block, e.g. the inline content of a paragraph. */
export function inlineContentOf(node: MdastNodes, options: RenderOptions): ElementContent[] {
  const [first] = contentOf(node, options);
  return first && first.type === 'element' ? first.children : contentOf(node, options);
}

function blockRemoteImages(node: HastRoot | Element, options: RenderOptions): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (child.tagName === 'img') {
      const src = String(child.properties.src ?? '');
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src) && !options.allowRemoteImages) {
        const alt = String(child.properties.alt ?? '').trim();
        node.children[index] = el('span', { className: ['blocked-image'], title: src }, [
          `Remote image not loaded${alt ? `: ${alt}` : ''}. Turn on "prfaq.preview.allowRemoteImages" to show it.`,
        ]);
        return;
      }
      child.properties.loading = 'lazy';
    }
    blockRemoteImages(child, options);
  });
}
