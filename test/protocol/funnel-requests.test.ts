// The requests the PR/FAQs view sends for files no editor has open: a first
// look (title and front matter, no parse) to list them at once, then a check.
// Both answer as the engine does in process, in the order asked.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkDocument, defaultLintConfig, firstLook } from '../../core/src/index';
import { firstLookRequest, summarizeRequest, type FirstLookFields, type SummarizedDocument } from '../../shared/src/protocol';
import { startSession, type Session } from './session';

const root = path.resolve(__dirname, '..', '..');
const funnel = path.join(root, 'test', 'fixtures', 'funnel');
const documents = [
  ...fs.readdirSync(funnel).map((name) => ({ uri: `file:///ideas/${name}`, text: fs.readFileSync(path.join(funnel, name), 'utf8') })),
  { uri: 'file:///ideas/rebook.prfaq.md', text: fs.readFileSync(path.join(root, 'examples', 'rebook.prfaq.md'), 'utf8') },
  { uri: 'file:///ideas/empty.prfaq.md', text: '' },
  { uri: 'file:///ideas/broken-front-matter.prfaq.md', text: '---\ntitle: [unclosed\n---\n# Notes\n' },
];

describe('the PR/FAQs view\'s requests for closed files', () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.process.kill());

  it('prfaq/firstLook gives each file\'s title, stage, status and author as the engine reads them, in order', async () => {
    const looks = (await session.connection.sendRequest(firstLookRequest, { documents })) as FirstLookFields[];
    assert.deepEqual(looks, documents.map(({ text }) => firstLook(text)));
    assert.ok(looks.some((look) => look.stage === 'review' && look.title), 'a fixture in review, with its title');
    assert.deepEqual(looks.at(-1), { title: 'Notes' }, 'a front matter that does not parse gives no fields, and the heading is the title');
  });

  it('prfaq/summarize checks each file with the engine\'s pipeline: the same summary and findings', async () => {
    const answered = (await session.connection.sendRequest(summarizeRequest, { documents })) as SummarizedDocument[];
    assert.deepEqual(answered.map(({ uri }) => uri), documents.map(({ uri }) => uri));
    for (const [index, { text, uri }] of documents.entries()) {
      const checked = checkDocument(text, defaultLintConfig);
      assert.deepEqual(answered[index]!.summary, checked.summary, uri);
      assert.deepEqual((answered[index]!.diagnostics as Array<{ code: string }>).map((diagnostic) => diagnostic.code), checked.findings.map((finding) => finding.ruleId), uri);
    }
  });
});
