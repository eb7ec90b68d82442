// The Word export read back with mammoth, as Word's styles map to HTML: the
// headline is the Title, each part a Heading 1, each question bold and
// numbered with its answer, the metrics a table, quotes in the Quote style.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import mammoth from 'mammoth';
import { exportDocx } from '../../../core/src/export/index';
import { buildModel } from '../../../core/src/model/build';
import { fixtures } from '../fixture-files';

const example = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'examples', 'rebook.prfaq.md'), 'utf8');
const styleMap = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.subtitle:fresh", "p[style-name='Quote'] => blockquote > p:fresh"];

async function readBack(text: string): Promise<{ html: string; warnings: string[] }> {
  const bytes = await exportDocx(text, { paper: 'a4' });
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap });
  return { html: result.value, warnings: result.messages.map((message) => message.message) };
}

const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));

describe('Word export', () => {
  it('gives the example its headline as the Title, each part a heading, and every style a name Word knows', async () => {
    const model = buildModel(example);
    const { html, warnings } = await readBack(example);
    assert.deepEqual(warnings, [], 'every paragraph style is defined');
    assert.deepEqual(all(html, /<h1 class="title">(.*?)<\/h1>/g), [model.pressRelease!.headline!.text]);
    assert.deepEqual(all(html, /<p class="subtitle">(.*?)<\/p>/g), [model.pressRelease!.subheading!.text]);
    assert.deepEqual(all(html, /<h1>(.*?)<\/h1>/g), ['Press Release', 'Customer FAQ', 'Internal FAQ', 'Success Metrics']);
    assert.equal(all(html, /<blockquote><p>(.*?)<\/p><\/blockquote>/g).length, 2, 'the leader and the customer quote');
  });

  it('numbers each question in bold, in order, with its answer after it', async () => {
    const model = buildModel(example);
    const { html } = await readBack(example);
    const questions = [...model.customerFaq!.items, ...model.internalFaq!.items].map((item) => item.question.text);
    assert.deepEqual(all(html, /<ol><li><strong>(.*?)<\/strong><\/li><\/ol>/g), questions);
    const firstAnswer = model.customerFaq!.items[0]!.answer!.text.slice(0, 30);
    assert.ok(html.indexOf(firstAnswer) > html.indexOf(questions[0]!), 'the answer follows its question');
  });

  it('puts the metrics in a table: name, target, date and type, one row each', async () => {
    const model = buildModel(example);
    const { html } = await readBack(example);
    const table = /<table>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    assert.deepEqual(all(table, /<th>(.*?)<\/th>/g), ['Metric', 'Target', 'By', 'Type']);
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((row) => all(row[1]!, /<td>(.*?)<\/td>/g));
    assert.deepEqual(
      rows.map((row) => row.slice(0, 2)),
      model.successMetrics!.metrics.map((metric) => [metric.name, metric.target]),
    );
  });

  it('exports every layout of the gallery with one numbered entry per question', async () => {
    const folder = path.join(fixtures, 'layouts');
    for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      const model = buildModel(text);
      const { html } = await readBack(text);
      const count = (model.customerFaq?.items.length ?? 0) + (model.internalFaq?.items.length ?? 0);
      assert.equal((html.match(/<ol><li><strong>/g) ?? []).length, count, file);
    }
  });

  it('writes a document for an empty file and for binary junk, without throwing', async () => {
    for (const text of ['', '\u0000\u0001\uFFFD PK\u0003\u0004 <<<>>>']) {
      const bytes = await exportDocx(text, { paper: 'letter' });
      assert.equal(Buffer.from(bytes.slice(0, 2)).toString(), 'PK', 'a .docx is a zip file');
    }
  });
});
