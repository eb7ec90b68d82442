import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertRange, assertSafeHtml, linesOf } from './invariants';

// The fuzz suite is only as good as its checks: each must reject what it is there to reject.
describe('robustness invariants', () => {
  it('reject markup that runs or calls out, and accept the same words as text', () => {
    for (const html of ['<script>x</script>', '<img src="a.png" onerror="x()">', '<a href=" javascript:x()">x</a>', '<iframe src="a"></iframe>', '<svg><a xlink:href="a" onclick="x"></a></svg>', '<form action="/x"></form>']) {
      assert.throws(() => assertSafeHtml(html, 'test'), assert.AssertionError, html);
    }
    assertSafeHtml('<p>&lt;script&gt; and onerror="x" and javascript:alert(1) as words</p><a href="https://example.com/onload=1">ok</a>', 'test');
  });

  it('reject ranges outside the document, reversed, or splitting a surrogate pair', () => {
    const lines = linesOf('ab\r\n😀x');
    const at = (line: number, character: number) => ({ line, character });
    assert.throws(() => assertRange(lines, { start: at(2, 0), end: at(2, 0) }, 'past the last line'));
    assert.throws(() => assertRange(lines, { start: at(0, 0), end: at(0, 3) }, 'past the line end'));
    assert.throws(() => assertRange(lines, { start: at(1, 2), end: at(0, 1) }, 'reversed'));
    assert.throws(() => assertRange(lines, { start: at(1, 1), end: at(1, 3) }, 'inside the emoji'));
    assertRange(lines, { start: at(1, 0), end: at(1, 3) }, 'the emoji and the x');
  });
});
