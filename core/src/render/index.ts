// Rendering entry points: the announcement as an HTML fragment (preview) or a
// standalone page (export, command line).
import { toHtml } from 'hast-util-to-html';
import { emptyDocument, type ParsedDocument } from '../model/build';
import { linkBareUrls } from '../model/parse';
import { renderArticle } from './announcement';
import type { RenderOptions } from './hast';
import { announcementStyles } from '../../../shared/src/styles';

export type { RenderOptions } from './hast';
export { isPaperSize, paperSizes, type PaperSize } from '../../../shared/src/styles';
export const defaultRenderOptions: RenderOptions = { allowRemoteImages: false };

/** A display title: the headline, else the document title. */
export function documentTitle(parsed: ParsedDocument): string {
  return parsed.model.pressRelease?.headline?.text ?? parsed.model.title?.text ?? 'PR/FAQ';
}

export function renderFragment(parsed: ParsedDocument, options: RenderOptions = defaultRenderOptions): string {
  try {
    return toHtml(renderArticle(withBareUrlsLinked(parsed), options));
  } catch (error) {
    // Raw HTML nested thousands deep (<div><div>…) overflows the HTML parser's recursion: say so instead of failing.
    if (!(error instanceof RangeError)) throw error;
    const notice = 'This document holds HTML nested too deeply to show. Remove the nested HTML elements, and the preview comes back as you edit.';
    return toHtml(renderArticle(emptyDocument(parsed.source), { ...options, notice }));
  }
}

/** The page shows bare URLs and e-mail addresses as links, as GitHub does; the shared parse leaves them as text. */
function withBareUrlsLinked(parsed: ParsedDocument): ParsedDocument {
  return { ...parsed, tree: linkBareUrls(structuredClone(parsed.tree)) };
}

export function renderStandalone(parsed: ParsedDocument, options: RenderOptions = defaultRenderOptions): string {
  return page(parsed, options, announcementStyles, 'standalone');
}

/** A standalone HTML page: the announcement with `styles` inlined and no script. */
export function page(parsed: ParsedDocument, options: RenderOptions, styles: string, bodyClass: string): string {
  const title = escapeHtml(documentTitle(parsed));
  const images = options.allowRemoteImages ? 'https: data:' : 'data:';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' ${images}">
<title>${title}</title>
<style>${styles}</style>
</head>
<body class="${bodyClass}">
${renderFragment(parsed, options)}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
