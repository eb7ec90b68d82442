// Styles for the preview's own chrome (the readiness bar), on top of the announcement styles.
export const previewChromeStyles = String.raw`
.readiness { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 0.35rem 0.5rem; align-items: center;
  margin: 0 -1.5rem 0; padding: 0.45rem 1.5rem; font-family: var(--prfaq-sans); font-size: 12px; line-height: 1.4;
  background: var(--vscode-sideBar-background, var(--prfaq-card)); border-bottom: 1px solid var(--prfaq-rule); color: var(--prfaq-fg); }
.readiness[hidden] { display: none; }
.readiness .total { font-weight: 700; margin-right: 0.4rem; }
.readiness .stage { font-size: 0.85em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 0.05rem 0.45rem; border-radius: 0.6rem;
  border: 1px solid var(--vscode-badge-background, #616161); }
.readiness .total.clean { color: var(--vscode-testing-iconPassed, #2e7d32); }
.readiness button { font: inherit; color: inherit; cursor: pointer; display: inline-flex; gap: 0.35rem; align-items: center;
  padding: 0.1rem 0.5rem; border-radius: 999px; border: 1px solid var(--prfaq-rule); background: transparent; }
.readiness button:hover, .readiness button:focus-visible { background: var(--vscode-toolbar-hoverBackground, rgba(127,127,127,0.15)); outline: none; }
.readiness .count { font-weight: 700; }
.readiness .has-errors .count, .readiness .total.has-errors { color: var(--vscode-editorError-foreground, #c62828); }
.readiness .has-warnings .count, .readiness .total.has-warnings { color: var(--vscode-editorWarning-foreground, #b26a00); }
.readiness .clean .count { color: var(--vscode-testing-iconPassed, #2e7d32); }
.readiness .budget { color: var(--prfaq-muted); }
.readiness .budget.over { color: var(--vscode-editorWarning-foreground, #b26a00); font-weight: 700; }
[data-line] { scroll-margin-top: 3rem; }
`;
