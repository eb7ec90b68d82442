// The first look (core/src/reports/first-look.ts): what the PR/FAQs view
// lists a file by before it is checked. Its stage, status and author must be
// the ones the check's summary gives, or the rows would jump between groups.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { firstLook } from '../../core/src/reports/first-look';
import { summarize } from '../../core/src/reports/summary';
import { buildModel } from '../../core/src/model/build';
import { defaultLintConfig, runRules } from '../../core/src/index';
import { fixtureFiles } from './fixture-files';

describe('the first look at a PR/FAQ', () => {
  it('gives the stage, status and author the check gives, for every fixture', () => {
    let staged = 0;
    for (const file of fixtureFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      const model = buildModel(text);
      const { stage, stageLabel, status, author } = summarize(model, runRules(model), defaultLintConfig);
      const look = firstLook(text);
      assert.deepEqual({ stage: look.stage, stageLabel: look.stageLabel, status: look.status, author: look.author }, { stage, stageLabel, status, author }, file);
      if (stage) staged++;
    }
    assert.ok(staged >= 4, `fixtures with a stage: ${staged}`);
  });

  it('gives the title the model gives, for every fixture that has one', () => {
    let titled = 0;
    for (const file of fixtureFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      const model = buildModel(text);
      if (!model.title || model.frontMatter?.data.title !== undefined) continue;
      assert.equal(firstLook(text).title, model.title.text, file);
      titled++;
    }
    assert.ok(titled >= 10, `fixtures with a title heading: ${titled}`);
  });

  it('takes the title from the front matter, else the first heading unless it names a part', () => {
    assert.equal(firstLook('---\ntitle: Quay Ledger\nstage: define\n---\n\n# Something else\n').title, 'Quay Ledger');
    assert.equal(firstLook('# **Tide** [Clock](https://example.com)\n\n## Press Release\n').title, 'Tide Clock');
    assert.equal(firstLook('# Press Release\n\n## Heading two\n\n# Tide Clock\n').title, undefined, 'a first heading that names a part: no title');
    // Real PR/FAQs name the document in their title; that is a title, not a part.
    assert.equal(firstLook('# Slip Sheet PR/FAQ\n\n## Press Release\n').title, 'Slip Sheet PR/FAQ');
    assert.equal(firstLook('# PRFAQ: Slip Sheet\n').title, 'PRFAQ: Slip Sheet');
    assert.equal(firstLook('# Slip Sheet — PR-FAQ v0.3\n').title, 'Slip Sheet — PR-FAQ v0.3');
    assert.equal(firstLook('## Slip Sheet Tells Crews Which Berth Is Free\n').title, 'Slip Sheet Tells Crews Which Berth Is Free', 'a first heading below level one');
    assert.equal(firstLook('# {PRODUCT_NAME} _draft_\n').title, '{PRODUCT_NAME} draft', 'underscores inside a word are kept');
    assert.equal(firstLook('```sh\n# a shell comment\n```\n\n# Berth Board #\n').title, 'Berth Board');
    assert.equal(firstLook('~~~~\n# not this\n```\n# nor this\n~~~~\n# Slip Sheet\n').title, 'Slip Sheet');
    assert.equal(firstLook('Just a paragraph.\n').title, undefined);
  });

  it('reads front matter as remark does: at the very top, closed by a line of three dashes', () => {
    assert.deepEqual(firstLook('\uFEFF---\r\nstage: In review\r\nauthor: Ines\r\n---\r\n# T\r\n'), { title: 'T', stage: 'review', stageLabel: 'In review', author: 'Ines' });
    assert.deepEqual(firstLook('---\nstage: someday\n---\n'), { stageLabel: 'someday' });
    assert.deepEqual(firstLook('---\n---\n# Empty front matter\n'), { title: 'Empty front matter' });
    // A status that is a stage's name counts as the stage; a sentence does not.
    assert.deepEqual(firstLook('---\nstatus: final\n---\n'), { stage: 'final', stageLabel: 'Final', status: 'final' });
    assert.deepEqual(firstLook('---\nstatus: Draft for the Q3 review\n---\n'), { status: 'Draft for the Q3 review' });
    assert.deepEqual(firstLook('Intro\n\n---\nstage: final\n---\n'), {}, 'a thematic break further down is no front matter');
  });

  it('answers for broken or hostile input without throwing', () => {
    assert.deepEqual(firstLook(''), {});
    assert.deepEqual(firstLook('---\nstage: [unclosed\n---\n# Still listed\n'), { title: 'Still listed' });
    assert.deepEqual(firstLook('---\nstage: listen\nnever closed'), {});
    assert.deepEqual(firstLook('---\nstage:\n  nested: true\nauthor: 7\n---\n'), {}, 'values that are not text are ignored');
    const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, index) => (index * 7919) % 65536));
    assert.doesNotThrow(() => firstLook(junk));
    const huge = `---\n${'a: b\n'.repeat(10)}${'x'.repeat(5_000_000)}`;
    assert.deepEqual(firstLook(huge), {}, 'an unclosed front matter in a 5 MB file');
  });
});
