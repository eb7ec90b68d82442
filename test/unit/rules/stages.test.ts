// The document's stage calibrates the rules: what each stage expects, read
// from the front matter, with the writer's own settings always winning.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { readStage, stageIds, stageNamed } from '../../../core/src/model/stage';
import { ruleById } from '../../../core/src/rules/index';
import { defaultLintConfig, runRules } from '../../../core/src/index';
import { ruleGroups, stageTable } from '../../../core/src/rules/stage-table';
import { stageCompletions, stageHover } from '../../../server/src/features/stage-field';

const example = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'rebook.prfaq.md'), 'utf8');
/** The example with a stage in its front matter (none when undefined). */
const atStage = (text: string, stage?: string) => (stage ? text.replace(/^---\n/, `---\nstage: ${stage}\n`) : text);
const withoutMetrics = example.slice(0, example.indexOf('## Success Metrics'));
const withPlaceholder = example.replace('Rebook works from the clinic', 'Rebook works [TBD] from the clinic');
const severityOf = (text: string, ruleId: string, config = defaultLintConfig) =>
  runRules(buildModel(text), config)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.severity);

describe('stages', () => {
  it('reads the stage from the front matter, by any of its names, and a status only when it is a stage name', () => {
    const stageOf = (yaml: string) => readStage(buildModel(`---\n${yaml}\n---\n\n# Notes\n`).frontMatter);
    assert.deepEqual(stageOf('stage: Listen'), { stage: 'listen', field: 'stage' });
    assert.deepEqual(stageOf('stage: In review'), { stage: 'review', field: 'stage' });
    assert.deepEqual(stageOf('stage: Test & Iterate'), { stage: 'test-and-iterate', field: 'stage' });
    assert.deepEqual(stageOf('status: final'), { stage: 'final', field: 'status' });
    assert.equal(stageOf('status: Draft for the Q3 product review'), undefined, 'a status sentence is not a stage');
    assert.deepEqual(stageOf('stage: brainstorm'), { unknown: 'brainstorm', field: 'stage' });
    assert.deepEqual(stageOf('stage: define\nstatus: final'), { stage: 'define', field: 'stage' }, 'stage wins over status');
    assert.equal(stageOf('title: Rebook'), undefined);
    assert.equal(stageNamed('APPROVED'), 'final');
  });

  it('gives no warning for missing metrics at Listen, and one at review; an error when final', () => {
    assert.deepEqual(severityOf(atStage(withoutMetrics), 'missing-section'), ['warning'], 'no stage: the default');
    assert.deepEqual(severityOf(atStage(withoutMetrics, 'listen'), 'missing-section'), ['information']);
    assert.deepEqual(severityOf(atStage(withoutMetrics, 'invent'), 'missing-section'), ['information']);
    assert.deepEqual(severityOf(atStage(withoutMetrics, 'review'), 'missing-section'), ['warning']);
    assert.deepEqual(severityOf(atStage(withoutMetrics, 'final'), 'missing-section'), ['error']);
  });

  it('lets a draft keep its placeholders, and makes them errors in review', () => {
    assert.deepEqual(severityOf(atStage(withPlaceholder), 'placeholder'), ['warning']);
    assert.deepEqual(severityOf(atStage(withPlaceholder, 'draft'), 'placeholder'), ['information']);
    assert.deepEqual(severityOf(atStage(withPlaceholder, 'refine'), 'placeholder'), ['warning']);
    assert.deepEqual(severityOf(atStage(withPlaceholder, 'In review'), 'placeholder'), ['error']);
    assert.deepEqual(severityOf(atStage(withPlaceholder, 'final'), 'placeholder'), ['error']);
  });

  it('keeps the writer\'s own rule settings over the stage', () => {
    const config = { ...defaultLintConfig, rules: { placeholder: 'warning' as const } };
    assert.deepEqual(severityOf(atStage(withPlaceholder, 'review'), 'placeholder', config), ['warning']);
    const off = { ...defaultLintConfig, rules: { placeholder: 'off' as const } };
    assert.deepEqual(severityOf(atStage(withPlaceholder, 'review'), 'placeholder', off), []);
  });

  it('changes only severities: the same findings at every stage; an unknown stage keeps the defaults', () => {
    const findings = (stage: string) => runRules(buildModel(atStage(withPlaceholder, stage)));
    const ids = (stage: string) => findings(stage).map((finding) => `${finding.ruleId}@${finding.range.start.line}`);
    // An unknown stage adds the same one line to the front matter.
    const unknown = findings('brainstorm');
    assert.deepEqual(unknown.map((finding) => finding.severity), runRules(buildModel(withPlaceholder)).map((finding) => finding.severity));
    for (const stage of stageIds) assert.deepEqual(ids(stage), ids('brainstorm'), stage);
  });

  it('names only rules that exist, each in one group, and a severity for known groups only', () => {
    const named = Object.values(ruleGroups).flatMap((group) => group.rules);
    for (const id of named) assert.ok(ruleById.has(id), `${id} is a rule`);
    assert.equal(new Set(named).size, named.length, 'no rule in two groups');
    for (const stage of stageIds) for (const group of Object.keys(stageTable[stage])) assert.ok(group in ruleGroups, `${stage}: ${group}`);
  });

  it('offers the stages as completions on the stage line, each saying what it expects, and explains the field on hover', () => {
    const text = '---\ntitle: Rebook\nstage: \nstatus: Draft for the Q3 review\n---\n\n# Rebook\n';
    const model = buildModel(text);
    const items = stageCompletions(model, 'stage: ', { line: 2, character: 7 });
    assert.deepEqual(items.map((item) => item.label), [...stageIds]);
    const listen = items.find((item) => item.label === 'listen')!;
    assert.match((listen.documentation as { value: string }).value, /missing parts report as information; FAQ rules report as information/);
    assert.deepEqual(stageCompletions(model, 'title: Rebook', { line: 1, character: 13 }), [], 'not on another field');
    assert.deepEqual(stageCompletions(buildModel('# Notes\n\nstage: \n'), 'stage: ', { line: 2, character: 7 }), [], 'not outside the front matter');

    const review = buildModel(text.replace('stage: ', 'stage: review'));
    assert.match(stageHover(review, 'stage: review', { line: 2, character: 3 }, 'docs/stages.md') ?? '', /^\*\*Stage: In review\*\* — .*placeholders report as errors\. Other rules report at their defaults\./s);
    assert.match(stageHover(review, 'status: Draft for the Q3 review', { line: 3, character: 3 }, 'docs/stages.md') ?? '', /only when it is a stage's name/);
    const unknown = buildModel(text.replace('stage: ', 'stage: brainstorm'));
    assert.match(stageHover(unknown, 'stage: brainstorm', { line: 2, character: 3 }, 'docs/stages.md') ?? '', /does not know the stage "brainstorm"/);
    assert.equal(stageHover(review, '# Rebook', { line: 6, character: 2 }, 'docs/stages.md'), undefined);
  });
});

describe('docs/stages.md', () => {
  it('shows the stage table as the code has it', () => {
    const page = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'stages.md'), 'utf8');
    const columns: Array<keyof typeof ruleGroups> = ['missing-parts', 'faq', 'metrics', 'quotes', 'placeholders'];
    for (const stage of stageIds) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${stage}\` |`));
      assert.ok(row, `a row for ${stage}`);
      const cells = row.split('|').slice(3, -1).map((cell) => cell.trim().replace(/\*/g, ''));
      assert.deepEqual(cells, columns.map((group) => stageTable[stage][group] ?? 'default'), stage);
    }
  });
});
