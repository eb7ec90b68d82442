import * as fs from 'node:fs';
import { buildModel } from '../server/src/model/build';
import { runRules } from '../server/src/rules/run';
for (const file of process.argv.slice(2)) {
  const findings = runRules(buildModel(fs.readFileSync(file, 'utf8')));
  console.log(`== ${file}: ${findings.length}`);
  for (const f of findings) console.log(`  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId}: ${f.message.slice(0, 150)}`);
}
