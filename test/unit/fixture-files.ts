// The fixture PR/FAQs, shared by the rule, render and protocol tests.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const fixtures = path.resolve(__dirname, '..', 'fixtures');

export function fixtureFiles(): string[] {
  return fs
    .readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.prfaq.md'))
    .sort()
    .map((name) => path.join(fixtures, name));
}

/** "line:rule-id" for every expectation in the text. */
export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const match of line.matchAll(/<!--\s*expect:\s*([^>]*?)\s*-->/g)) {
      for (const id of match[1]!.split(/[\s,]+/).filter(Boolean)) expected.push(`${index + 1}:${id}`);
    }
  });
  return expected.sort();
}

