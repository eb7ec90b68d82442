import { quoted } from './helpers';
import type { Rule } from './types';

/** A metric without a number and a date cannot be missed, so it cannot be met either. */
export const metricMissingTarget: Rule = {
  id: 'metric-missing-target',
  defaultSeverity: 'warning',
  description: 'A success metric has no number or no time frame.',
  check(model) {
    return (model.successMetrics?.metrics ?? [])
      .filter((metric) => !metric.target || !metric.timeFrame)
      .map((metric) => {
        const lacks = !metric.target && !metric.timeFrame ? 'target number and no date' : !metric.target ? 'target number' : 'time frame';
        return {
          range: metric.range,
          message: `The metric ${quoted(metric.name)} has no ${lacks}. State it as number, unit and date, e.g. "median close time 20 minutes or less by September 30, 2027".`,
        };
      });
  },
};
