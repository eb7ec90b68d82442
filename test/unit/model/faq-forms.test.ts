// FAQ questions and press-release openings in forms the study documents use:
// a question on its own line with the answer below it in the same paragraph
// or list item, a question set apart as a quotation block, and a press release
// that opens under a "FOR IMMEDIATE RELEASE" heading after a note.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';

const questionsOf = (markdown: string) => (buildModel(markdown).customerFaq?.items ?? []).map((item) => [item.question.text, item.answer?.text.split('\n')[0] ?? '']);

describe('FAQ questions in more forms', () => {
  it('takes a numbered item whose first line is a question, its answer on the next line', () => {
    const markdown = '## Customer FAQ\n\n1. Do I have to know SQL?  \n   No. Tidewatch writes the queries for you.\n2. Why a command line?  \n   Harbour offices already script their booking sheets.\n';
    assert.deepEqual(questionsOf(markdown), [
      ['Do I have to know SQL?', 'No. Tidewatch writes the queries for you.'],
      ['Why a command line?', 'Harbour offices already script their booking sheets.'],
    ]);
  });

  it('takes a question set apart as a quotation block, with the blocks below it as its answer', () => {
    const markdown = '## Customer FAQ\n\n> Who is Tidewatch for?\n\nSmall harbour offices with fewer than 200 berths.\n\n> What does it cost?\n\n- 30 euros a month\n- free for the first season\n';
    assert.deepEqual(questionsOf(markdown), [
      ['Who is Tidewatch for?', 'Small harbour offices with fewer than 200 berths.'],
      ['What does it cost?', '30 euros a month'],
    ]);
  });

  it('leaves a paragraph that merely contains a question in the answer', () => {
    const markdown = '## Customer FAQ\n\n### Does it work offline?\n\nPartly. Why not fully? The tide tables need a connection once a day.\n';
    assert.deepEqual(questionsOf(markdown).map(([question]) => question), ['Does it work offline?']);
  });
});

describe('the opening of a press release', () => {
  it('finds the headline after a note in a quotation block and a "FOR IMMEDIATE RELEASE" heading', () => {
    const markdown = '# Working Backwards: the launch announcement\n\n> Status: draft. Owner: the harbour team.\n\n## FOR IMMEDIATE RELEASE\n\n### Tidewatch shows skippers the next free berth before they reach the harbour\n\nKIEL, Germany — March 3, 2027 — Harbour Tools today launched Tidewatch.\n';
    const pressRelease = buildModel(markdown).pressRelease;
    assert.equal(pressRelease?.headline?.text, 'Tidewatch shows skippers the next free berth before they reach the harbour');
    assert.equal(pressRelease?.dateline?.city, 'KIEL, Germany');
  });

  it('skips release lines and press contacts in other languages, and a date line set in bold with them', () => {
    const markdown = '# Pressemitteilung\n\n**3. März 2027**\n**Zur sofortigen Veröffentlichung**\n\n**Pressekontakt:** Jana Weber, presse@tidewatch.example\n\n## Tidewatch zeigt Skippern den nächsten freien Liegeplatz\n\nKiel, 3. März 2027 – Harbour Tools bringt heute Tidewatch auf den Markt.\n';
    const pressRelease = buildModel(markdown).pressRelease;
    assert.equal(pressRelease?.headline?.text, 'Tidewatch zeigt Skippern den nächsten freien Liegeplatz');
  });

  it('reads "Tagline:" and "副見出し:" as the subheading field', () => {
    for (const label of ['Tagline', '副見出し']) {
      const markdown = `## Press Release\n\n**Headline:** Tidewatch shows skippers the next free berth\n\n**${label}:** Small harbour offices stop answering the radio all afternoon.\n\nKIEL, Germany — March 3, 2027 — Harbour Tools today launched Tidewatch.\n`;
      assert.equal(buildModel(markdown).pressRelease?.subheading?.text, 'Small harbour offices stop answering the radio all afternoon.', label);
    }
  });
});
