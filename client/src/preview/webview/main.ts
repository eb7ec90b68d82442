// The preview page's script: shows each update without reloading the page,
// keeps the scroll position, and syncs scrolling with the editor both ways.
import type { FromWebview, PreviewState, ToWebview } from '../messages';
import { readinessBar } from './readiness';
import { lineAtOffset, offsetOfLine } from './scroll';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content')!;
const bar = document.getElementById('readiness')!;
const initial = JSON.parse(document.getElementById('initial-state')!.textContent ?? '{}') as PreviewState;
let state: PreviewState = { ...initial, ...vscode.getState() };
let lastHtml = '';
/** Where the page scrolled on the editor's behalf: that scroll event is not sent back to the editor. */
let programmaticTop: number | undefined;

function scrollProgrammatically(top: number): void {
  const target = Math.max(0, Math.min(Math.round(top), document.documentElement.scrollHeight - window.innerHeight));
  if (Math.abs(target - window.scrollY) < 1) return;
  programmaticTop = target;
  window.scrollTo({ top: target });
}

function scrollToLine(line: number): void {
  const top = offsetOfLine(content, line);
  if (top !== undefined) scrollProgrammatically(top - bar.offsetHeight);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') {
    if (message.html !== lastHtml) {
      // Replacing the children in place keeps the page and its scroll position.
      const scrollY = window.scrollY;
      content.innerHTML = message.html;
      lastHtml = message.html;
      scrollProgrammatically(scrollY);
    }
    bar.hidden = !message.showReadiness;
    if (message.showReadiness) bar.replaceChildren(...readinessBar(message.readiness));
    if (message.line !== undefined) scrollToLine(message.line);
    document.body.dataset.rendered = String(Date.now());
  } else if (message.type === 'scrollTo') {
    scrollToLine(message.line);
  } else if (message.type === 'error') {
    content.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice', textContent: message.message }));
  }
});

let scrollFrame = 0;
window.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const ours = programmaticTop !== undefined && Math.abs(window.scrollY - programmaticTop) < 2;
    programmaticTop = undefined;
    const line = lineAtOffset(content, window.scrollY + bar.offsetHeight);
    if (line === undefined) return;
    state = { ...state, line };
    vscode.setState(state);
    if (!ours) vscode.postMessage({ type: 'revealLine', line });
  });
});

document.addEventListener('dblclick', (event) => {
  const target = (event.target as Element).closest('[data-line]');
  if (target) vscode.postMessage({ type: 'openLine', line: Number(target.getAttribute('data-line')) });
});

bar.addEventListener('click', (event) => {
  const target = (event.target as Element).closest('[data-jump]');
  if (target) vscode.postMessage({ type: 'openLine', line: Number(target.getAttribute('data-jump')) });
});

vscode.setState(state);
vscode.postMessage({ type: 'ready' });
