// Every layout in the gallery previews with one entry per question the model
// found, each answer shown once, and no question left without its answer.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../core/src/model/build';
import { renderStandalone } from '../../../core/src/render/index';
import { fixtures } from '../fixture-files';

const folder = path.join(fixtures, 'layouts');

describe('the preview of every gallery layout', () => {
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.prfaq.md')).sort()) {
    it(file, () => {
      const parsed = parseDocument(fs.readFileSync(path.join(folder, file), 'utf8'));
      const html = renderStandalone(parsed, { allowRemoteImages: false });
      const items = [...(parsed.model.customerFaq?.items ?? []), ...(parsed.model.internalFaq?.items ?? [])];
      assert.equal(html.match(/class="faq-item"/g)?.length ?? 0, items.length, 'one FAQ entry per question');
      const answered = items.filter((item) => item.answer).length;
      assert.equal(html.match(/No answer yet\./g)?.length ?? 0, items.length - answered, 'only unanswered questions say so');
      const repeated = [...html.matchAll(/<div class="answer"><p>([^<]{20,})<\/p><p data-line="\d+">([^<]{20,})</g)].filter((match) => match[1] === match[2]);
      assert.deepEqual(repeated.map((match) => match[1]), [], 'no answer shown twice');
    });
  }
});
