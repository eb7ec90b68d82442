// The rendered announcement for each fixture style: the parts a reader
// expects, each block carrying the source line it came from.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../core/src/model/build';
import { renderFragment, renderStandalone } from '../../../core/src/render/index';
import { fixtureFiles } from '../fixture-files';

const example = path.resolve(__dirname, '..', '..', '..', 'examples', 'rebook.prfaq.md');
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('announcement rendering', () => {
  it('lays the example out as a launch announcement', () => {
    const html = renderFragment(parseDocument(fs.readFileSync(example, 'utf8')));
    assert.match(html, /<header class="masthead"[^>]*>.*Rebook.*Priya Raman, Product Lead, Clinic Tools · Draft for the Q3 product review/s);
    assert.match(html, /<p class="summary" data-line="14"><span class="dateline">PORTLAND, OR — March 3, 2027 —<\/span> Harbor Health Software/);
    assert.match(html, /<figure class="pull-quote leader" data-line="20"><blockquote><p>“Front-desk teams told us they became clinics to care for people, not to chase them by phone. Rebook gives/);
    assert.match(html, /<figcaption>— <span class="speaker">Dana Okafor<\/span>, <span class="speaker-title">General Manager of Clinic Tools at Harbor Health Software<\/span><\/figcaption>/);
    assert.match(html, /<aside class="call-to-action" data-line="26">Rebook is available today/);
    assert.equal(count(html, /class="faq-item"/), 10);
    assert.match(html, /<section class="faq internal-faq"[^>]*><h2 class="part-title"[^>]*>Internal FAQ<span class="badge">Internal · not for publication<\/span>/);
    assert.equal(count(html, /class="metric-card /), 4);
    assert.match(html, /<div class="metric-card input" data-line="\d+"><p class="metric-type">input<\/p><p class="metric-target">15 minutes<\/p>/);
  });

  it('strips labels meant for the writer: run-in labels, label headings, Q: and A:', () => {
    const html = renderFragment(parseDocument(fs.readFileSync(path.resolve(__dirname, '..', '..', 'fixtures', 'flawed', 'weak-claims.prfaq.md'), 'utf8')));
    assert.doesNotMatch(html, /The problem\.|Leader quote\.|Headline:|<strong>A:<\/strong>/);
    assert.match(html, /<h1 class="headline"[^>]*>Ledgerline closes a small business's books/);
    assert.match(html, /<h3 class="question">Which banks does Ledgerline connect to\?<\/h3><div class="answer"><p data-line="\d+">Any bank/);
  });

  for (const file of fixtureFiles()) {
    it(`renders ${path.basename(path.dirname(file))}/${path.basename(file)} with every block mapped to a source line`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const parsed = parseDocument(text);
      const html = renderFragment(parsed);
      const lines = text.split('\n').length;
      for (const match of html.matchAll(/data-line="(\d+)"/g)) assert.ok(Number(match[1]) < lines, `data-line ${match[1]} is inside the document`);
      if (parsed.model.pressRelease?.headline) assert.equal(count(html, /<h1 class="headline"/), 1);
      const questions = (parsed.model.customerFaq?.items.length ?? 0) + (parsed.model.internalFaq?.items.length ?? 0);
      assert.equal(count(html, /class="faq-item"/), questions);
      assert.equal(count(html, /class="metric-card /), parsed.model.successMetrics?.metrics.length ?? 0);
    });
  }

  it('says what to do with a document that has no PR/FAQ parts yet', () => {
    assert.match(renderFragment(parseDocument('Some notes.\n')), /No PR\/FAQ parts found yet\. Start with a "## Press Release" heading/);
    assert.match(renderFragment(parseDocument('')), /No PR\/FAQ parts found yet/);
  });

  it('writes a standalone page with inlined styles, a strict CSP and the headline as its title', () => {
    const html = renderStandalone(parseDocument(fs.readFileSync(example, 'utf8')));
    assert.match(html, /<title>Rebook fills the gaps that missed appointments leave in a clinic&#39;s day<\/title>/);
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"/);
    assert.match(html, /<style>[\s\S]*\.headline \{/);
  });
});
