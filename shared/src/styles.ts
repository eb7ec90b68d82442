// The announcement's stylesheet, shared by the preview, the HTML export and the CLI.
// In the preview it follows the VS Code theme through its CSS variables; the
// "paper" look and exported files use fixed light colours.
export const announcementStyles = String.raw`
:root {
  --prfaq-bg: var(--vscode-editor-background, #ffffff);
  --prfaq-fg: var(--vscode-editor-foreground, #1d1d1f);
  --prfaq-muted: var(--vscode-descriptionForeground, #5f6368);
  --prfaq-rule: var(--vscode-editorWidget-border, rgba(127, 127, 127, 0.35));
  --prfaq-accent: var(--vscode-textLink-foreground, #1f5fa8);
  --prfaq-card: var(--vscode-editorWidget-background, rgba(127, 127, 127, 0.08));
  --prfaq-quote: var(--vscode-textBlockQuote-border, #c8a24a);
  --prfaq-badge-bg: var(--vscode-badge-background, #8a3a2a);
  --prfaq-badge-fg: var(--vscode-badge-foreground, #ffffff);
  --prfaq-serif: "Iowan Old Style", "Charter", "Source Serif Pro", Georgia, "Times New Roman", serif;
  --prfaq-sans: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
}
body.paper, .standalone {
  --prfaq-bg: #fbf8f1; --prfaq-fg: #1c1c1c; --prfaq-muted: #5d5a53; --prfaq-rule: #d9d2c3;
  --prfaq-accent: #1f4f8a; --prfaq-card: #f1ece0; --prfaq-quote: #b3862c; --prfaq-badge-bg: #8a3a2a; --prfaq-badge-fg: #fff;
}
html, body { background: var(--prfaq-bg); color: var(--prfaq-fg); }
body { margin: 0; padding: 0 1.5rem 4rem; font-family: var(--prfaq-serif); font-size: 17px; line-height: 1.6; }
.prfaq { max-width: 44rem; margin: 0 auto; }
.prfaq a { color: var(--prfaq-accent); }
.prfaq img { max-width: 100%; height: auto; border-radius: 4px; }
.masthead { border-bottom: 3px double var(--prfaq-rule); padding: 2rem 0 0.75rem; margin-bottom: 1.5rem; font-family: var(--prfaq-sans); }
.masthead .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.14em; font-size: 0.72rem; font-weight: 600; color: var(--prfaq-muted); }
.masthead .product { margin: 0.2rem 0 0; font-size: 1.05rem; font-weight: 600; }
.masthead .meta { margin: 0.15rem 0 0; font-size: 0.8rem; color: var(--prfaq-muted); }
.section-kicker { font-family: var(--prfaq-sans); text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.72rem; font-weight: 700; color: var(--prfaq-accent); margin: 0 0 0.4rem; }
.headline { font-size: 2.05rem; line-height: 1.18; margin: 0 0 0.6rem; font-weight: 700; letter-spacing: -0.01em; }
.subheading { font-size: 1.2rem; line-height: 1.4; font-style: italic; color: var(--prfaq-muted); margin: 0 0 1.6rem; }
.press-release p { margin: 0 0 1rem; }
.dateline { font-family: var(--prfaq-sans); font-weight: 700; font-size: 0.85em; letter-spacing: 0.04em; }
.pull-quote { margin: 1.6rem 0; padding: 0.2rem 0 0.2rem 1.3rem; border-left: 4px solid var(--prfaq-quote); }
.pull-quote blockquote { margin: 0; font-size: 1.18rem; line-height: 1.5; font-style: italic; }
.pull-quote blockquote p { margin: 0; }
.pull-quote figcaption { margin-top: 0.5rem; font-family: var(--prfaq-sans); font-size: 0.85rem; color: var(--prfaq-muted); }
.pull-quote .speaker { font-weight: 700; color: var(--prfaq-fg); }
.pull-quote.customer { border-left-style: dotted; }
.call-to-action { margin: 1.6rem 0 1rem; padding: 1rem 1.2rem; border: 1px solid var(--prfaq-rule); border-radius: 8px; background: var(--prfaq-card); font-family: var(--prfaq-sans); font-weight: 600; font-size: 1rem; }
.end-mark { text-align: center; letter-spacing: 0.5em; color: var(--prfaq-muted); margin: 2rem 0 0; font-family: var(--prfaq-sans); }
.faq, .metrics, .part { margin-top: 3rem; padding-top: 1.2rem; border-top: 1px solid var(--prfaq-rule); }
.part-title { font-family: var(--prfaq-sans); font-size: 1.35rem; margin: 0 0 1.2rem; display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap; }
.badge { font-size: 0.68rem; text-transform: uppercase; letter-spacing: 0.1em; padding: 0.2rem 0.55rem; border-radius: 999px; background: var(--prfaq-badge-bg); color: var(--prfaq-badge-fg); }
.faq-item { margin: 0 0 1.4rem; }
.question { font-family: var(--prfaq-sans); font-size: 1.02rem; margin: 0 0 0.35rem; display: flex; gap: 0.6rem; align-items: baseline; }
.question .number { font-size: 0.78rem; color: var(--prfaq-muted); min-width: 1.8rem; }
.answer { padding-left: 2.4rem; }
.answer p { margin: 0 0 0.6rem; }
.answer .missing, .notice { color: var(--prfaq-muted); font-style: italic; }
.internal-faq { background: linear-gradient(90deg, color-mix(in srgb, var(--prfaq-badge-bg) 8%, transparent), transparent 40%); }
.metric-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.9rem; }
.metric-card { border: 1px solid var(--prfaq-rule); border-radius: 10px; padding: 0.9rem 1rem; background: var(--prfaq-card); font-family: var(--prfaq-sans); }
.metric-card p { margin: 0; }
.metric-type { font-size: 0.68rem; text-transform: uppercase; letter-spacing: 0.1em; color: var(--prfaq-muted); }
.metric-card.input .metric-type { color: var(--prfaq-accent); }
.metric-target { font-size: 1.6rem; font-weight: 700; margin: 0.2rem 0 !important; font-family: var(--prfaq-serif); }
.metric-name { font-size: 0.92rem; line-height: 1.35; }
.metric-by { margin-top: 0.4rem !important; font-size: 0.8rem; color: var(--prfaq-muted); }
.blocked-image { display: inline-block; padding: 0.4rem 0.6rem; border: 1px dashed var(--prfaq-rule); font-family: var(--prfaq-sans); font-size: 0.8rem; color: var(--prfaq-muted); }
table { border-collapse: collapse; width: 100%; font-family: var(--prfaq-sans); font-size: 0.92rem; margin: 0 0 1rem; }
th, td { border-bottom: 1px solid var(--prfaq-rule); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.88em; }
body.vscode-high-contrast .metric-card, body.vscode-high-contrast .call-to-action { border-width: 2px; }
@media print {
  body { background: #fff; color: #000; padding: 0; font-size: 11.5pt; }
  .readiness { display: none !important; }
  .faq, .metrics, .part { break-before: page; border-top: none; }
  .pull-quote, .metric-card, .faq-item { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export type PaperSize = 'a4' | 'letter';

export const paperSizes: readonly PaperSize[] = ['a4', 'letter'];

export function isPaperSize(value: unknown): value is PaperSize {
  return paperSizes.includes(value as PaperSize);
}
