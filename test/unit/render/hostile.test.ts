// Hostile HTML in a document: the rendered preview must carry nothing that
// runs or loads from elsewhere. Proven twice: by the markup, and by opening
// the rendered fragment (with no CSP to help) in headless Chromium.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium as playwright, type Browser } from 'playwright-core';
import { parseDocument } from '../../../core/src/model/build';
import { renderFragment } from '../../../core/src/render/index';

const hostile = `## Press Release

### A headline <img src=x onerror="window.__pwned='img-onerror'">

<script>window.__pwned = 'script'</script>

<iframe src="https://evil.example/frame"></iframe>

Click [here](javascript:window.__pwned='md-link') or <a href="javascript:window.__pwned='a-href'" onclick="window.__pwned='onclick'">there</a>.

<svg onload="window.__pwned='svg-onload'"><script>window.__pwned='svg-script'</script><image href="https://evil.example/svg.png"/></svg>

<div style="background:url(https://evil.example/style-attr.png)">styled</div>

<style>body { background: url(https://evil.example/style-tag.png) }</style>

![remote pixel](https://evil.example/pixel.png)

<object data="https://evil.example/object"></object><embed src="https://evil.example/embed">

<form action="https://evil.example/form"><button formaction="javascript:alert(1)">go</button></form>

<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">

<link rel="stylesheet" href="https://evil.example/link.css">

<video poster="https://evil.example/poster.png" src="https://evil.example/video.mp4"></video>

<details open ontoggle="window.__pwned='ontoggle'"><summary>more</summary></details>

<body onload="window.__pwned='body-onload'">

## Customer FAQ

### Is <b onmouseover="window.__pwned='mouseover'">this</b> safe?

<img src="data:image/svg+xml,<svg onload=alert(1)>"> Yes.
`;

describe('hostile content in the preview', () => {
  const html = renderFragment(parseDocument(hostile));

  it('keeps no script, event handler, javascript: URL, frame, object, style or remote load in the markup', () => {
    for (const pattern of [/<script/i, /\son[a-z]+=/i, /javascript:/i, /<iframe/i, /<object/i, /<embed/i, /<style/i, /\sstyle=/i, /<meta/i, /<link/i, /<form/i, /evil\.example\/(?!pixel)/, /src="https:/i, /data:image/i]) {
      assert.doesNotMatch(html, pattern);
    }
    assert.match(html, /Remote image not loaded: remote pixel/);
    assert.match(html, /<h1 class="headline"[^>]*>A headline<\/h1>/);
  });

  it('shows no text from inside a removed <style>, <script>, <textarea> or <template>', () => {
    const page = renderFragment(parseDocument('## Appendix\n\nBefore <span><style>.secret-rule{color:red}</style>after</span>, <script>secretCall()</script>then <textarea>secret draft</textarea><template>secret template</template>done.\n'));
    assert.doesNotMatch(page, /secret/);
    assert.match(page, /Before <span>after<\/span>, then done\./);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    before(async () => {
      browser = await playwright.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    });
    after(async () => browser?.close());

    it('runs nothing and requests nothing, even when every element is clicked and hovered', async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setContent(`<!DOCTYPE html><html><body>${html}</body></html>`, { waitUntil: 'load' });
      for (const element of await page.$$('a, button, b, summary, img, svg, details, h1, h3')) {
        await element.hover({ timeout: 1_000, force: true }).catch(() => {});
        await element.click({ timeout: 1_000, force: true, noWaitAfter: true }).catch(() => {});
      }
      const pwned = await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned);
      assert.equal(pwned, undefined, 'no injected code ran');
      assert.deepEqual(dialogs, [], 'no alert opened');
      assert.deepEqual(requests, [], 'no request left the page');
      await page.close();
    });
  });
});
