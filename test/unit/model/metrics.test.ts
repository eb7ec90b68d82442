import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';

const metricsOf = (body: string) => buildModel(`## Success Metrics\n\n${body}`).successMetrics!;
const summary = (body: string) => metricsOf(body).metrics.map(({ name, target, unit, timeFrame, type, typeStated }) => ({ name, target, unit, timeFrame, type, typeStated }));

describe('success metrics recognition', () => {
  it('reads a table by its column names', () => {
    const metrics = metricsOf('| Metric | Type | Target | By |\n| --- | --- | --- | --- |\n| Median time to first message | Input | 15 minutes or less | April 30, 2027 |\n| Clinics using it | Output | 1,200 | Q4 2027 |\n');
    assert.equal(metrics.style, 'table');
    assert.deepEqual(summary('| Metric | Type | Target | By |\n| --- | --- | --- | --- |\n| Median time to first message | Input | 15 minutes or less | April 30, 2027 |\n| Clinics using it | Output | 1,200 | Q4 2027 |\n'), [
      { name: 'Median time to first message', target: '15 minutes', unit: 'minutes', timeFrame: 'April 30, 2027', type: 'input', typeStated: true },
      { name: 'Clinics using it', target: '1,200', unit: undefined, timeFrame: 'Q4 2027', type: 'output', typeStated: true },
    ]);
  });

  it('reads list items with a bold name, a stated type and a relative time frame', () => {
    assert.deepEqual(summary('- **Repeat orders**: 40% within 90 days of launch (output)\n- Input — median pickup time under 45 minutes by June 30, 2027.\n'), [
      { name: 'Repeat orders', target: '40%', unit: '%', timeFrame: 'within 90 days', type: 'output', typeStated: true },
      { name: 'median pickup time', target: '45 minutes', unit: 'minutes', timeFrame: 'June 30, 2027', type: 'input', typeStated: true },
    ]);
  });

  it('guesses the type from the metric words when it is not stated, and says so', () => {
    const [metric] = summary('- Monthly revenue: $3 million by December 31, 2027\n');
    assert.equal(metric!.type, 'output');
    assert.equal(metric!.typeStated, false);
  });

  it('leaves out a target or time frame that is not there', () => {
    const [metric] = summary('- Firms that renew: better than last year\n');
    assert.equal(metric!.target, undefined);
    assert.equal(metric!.timeFrame, undefined);
  });

  it('gives the metrics under a heading the time frame the heading states', () => {
    const text = '## Success Metrics\n\n### Launch success (week 1)\n\n- Shops signed up: 200\n- Counters installed: 150 by June 30, 2027\n\n### Growth\n\n- Shops paying: 1,000\n';
    const metrics = buildModel(text).successMetrics!.metrics;
    assert.deepEqual(metrics.map((metric) => metric.timeFrame ?? null), ['(week 1)', 'June 30, 2027', null]);
  });
});


describe('a time frame given to a group of metrics', () => {
  const timeFrames = (markdown: string) => (buildModel(markdown).successMetrics?.metrics ?? []).map((metric) => `${metric.name}: ${metric.timeFrame ?? 'none'}`);

  it('comes from the heading above the group, past bold labels without one, in other languages too', () => {
    const markdown = '## 成功指標\n\n### 短期指標（導入後1〜3ヶ月）\n\n**効率性**:\n\n- 作成時間: 70%削減\n\n**品質**:\n\n- 手戻り: 50%削減\n\n### Langfristig (nach 12 Monaten)\n\n- Aktive Teams: 40\n';
    assert.deepEqual(timeFrames(markdown), ['作成時間: 1〜3ヶ月', '手戻り: 1〜3ヶ月', 'Aktive Teams: nach 12 Monaten']);
  });

  it('is not taken from the bold label of the group before', () => {
    const markdown = '## Success Metrics\n\n**Launch success (week 1)**:\n\n- Berths booked online: 200\n\n**Later**:\n\n- Radio calls a day: 10\n';
    assert.deepEqual(timeFrames(markdown), ['Berths booked online: (week 1)', 'Radio calls a day: none']);
  });
});
