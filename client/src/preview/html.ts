// The preview page shell: a strict Content Security Policy, nonce'd script and
// styles, and a <base> so the document's relative images resolve inside the
// folders the webview may read.
import * as vscode from 'vscode';
import { announcementStyles } from '../../../shared/src/styles';
import { previewChromeStyles } from './chrome-styles';
import type { PreviewState } from './messages';

export interface ShellOptions {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  documentUri: vscode.Uri;
  allowRemoteImages: boolean;
  paper: boolean;
  state: PreviewState;
}

export function previewShell({ webview, extensionUri, documentUri, allowRemoteImages, paper, state }: ShellOptions): string {
  const nonce = newNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.js'));
  const base = webview.asWebviewUri(vscode.Uri.joinPath(documentUri, '..'));
  const images = [webview.cspSource, ...(allowRemoteImages ? ['https:'] : [])].join(' ');
  const csp = [`default-src 'none'`, `img-src ${images}`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`].join('; ');
  // JSON in a script element: escape "<" so document text can never close the element.
  const initialState = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="${base.toString()}/">
<style nonce="${nonce}">${announcementStyles}${previewChromeStyles}</style>
</head>
<body class="${paper ? 'paper' : ''}">
<div class="readiness" id="readiness" hidden></div>
<main id="content"><p class="notice">Rendering the PR/FAQ…</p></main>
<script type="application/json" id="initial-state" nonce="${nonce}">${initialState}</script>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** 16 random bytes in base64, from the Web Crypto API that Node and the browser both have. */
function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
