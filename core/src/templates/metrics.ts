// Success metrics as a table or as a list, and one row of each, as templates (see template-text.ts).
// Each metric names what is measured, whether the team controls it (input) or sees it (output), a target and a date.

export const metricTableRow = `| [METRIC] | {Input|Output} | [TARGET] | [BY DATE] |
`;

export const metricListItem = `- [METRIC] ({input|output}): [TARGET] by [BY DATE].
`;

export const metricsTable = `## Success Metrics

| Metric | Type | Target | By |
| --- | --- | --- | --- |
| [Something the team controls, e.g. time to first result] | {Input|Output} | [NUMBER AND UNIT] | [DATE] |
| [A result customers show, e.g. weekly active users] | {Output|Input} | [NUMBER] | [TARGET DATE] |
`;

export const metricsList = `## Success Metrics

- [Something the team controls, e.g. time to first result] ({input|output}): [NUMBER AND UNIT] by [DATE].
- [A result customers show, e.g. weekly active users] ({output|input}): [NUMBER] by [TARGET DATE].
`;
