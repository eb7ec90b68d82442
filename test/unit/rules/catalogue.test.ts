import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analysisSkippedId } from '../../../core/src/config/limits';
import { rules } from '../../../core/src/rules/index';

const root = path.resolve(__dirname, '..', '..', '..');
const docs = path.join(root, 'docs', 'rules');

describe('rule catalogue', () => {
  it('gives every rule a unique kebab-case id, a description and a default severity', () => {
    const ids = rules.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of rules) {
      assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.match(rule.description, /^[A-Z].*\.$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity));
    }
  });

  it('documents every rule on its own page, and no page is left without a rule (or the notice that a document was skipped)', () => {
    const pages = fs.readdirSync(docs).filter((name) => name.endsWith('.md') && name !== 'README.md' && name !== 'precision.md');
    assert.deepEqual(pages.map((name) => name.replace(/\.md$/, '')).sort(), [...rules.map((rule) => rule.id), analysisSkippedId].sort());
    for (const rule of rules) {
      const page = fs.readFileSync(path.join(docs, `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n`), `${rule.id}.md starts with its id`);
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}`), `${rule.id}.md states the default severity`);
      assert.match(page, /## How to fix it/, `${rule.id}.md says how to fix it`);
    }
  });

  it('lists every rule in the docs index and in the prfaq.rules setting schema', () => {
    const index = fs.readFileSync(path.join(docs, 'README.md'), 'utf8');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const schema = manifest.contributes.configuration.properties['prfaq.rules'].properties;
    for (const rule of rules) {
      assert.ok(index.includes(`(${rule.id}.md)`), `docs/rules/README.md links ${rule.id}`);
      assert.ok(schema[rule.id], `package.json's prfaq.rules schema lists ${rule.id}`);
    }
    assert.deepEqual(Object.keys(schema).sort(), rules.map((rule) => rule.id).sort());
  });
});
