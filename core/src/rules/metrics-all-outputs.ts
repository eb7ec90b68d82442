import type { Rule } from './types';

/** Outputs (revenue, sign-ups) cannot be moved directly; inputs are what the team controls. */
export const metricsAllOutputs: Rule = {
  id: 'metrics-all-outputs',
  defaultSeverity: 'warning',
  description: 'Every success metric is an output metric.',
  check(model) {
    const metrics = model.successMetrics?.metrics ?? [];
    const typed = metrics.filter((metric) => metric.type !== undefined);
    if (typed.length < 2 || typed.length < metrics.length || typed.some((metric) => metric.type === 'input')) return [];
    return [
      {
        range: model.successMetrics!.section.headingRange,
        message: `All ${typed.length} metrics are outputs. Add at least one input metric the team controls directly, such as speed, selection, price or accuracy, and mark it "input".`,
      },
    ];
  },
};
