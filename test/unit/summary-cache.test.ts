// The funnel's cache between sessions (client/src/funnel/summary-cache.ts):
// a file is taken from it only while its modification time and size are
// unchanged, and only under the extension version and settings it was made with.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SummaryCache, type CachedFile } from '../../client/src/funnel/summary-cache';

const file = (modified: number, errors = 0): CachedFile => ({
  modified,
  size: 100,
  summary: { pressReleaseWords: 10, pressReleaseBudget: 650, faqWords: 0, faqBudget: 2500, faqPages: 0, errors, warnings: 0, recognised: true },
  diagnostics: [],
});

describe('the funnel cache', () => {
  it('answers for a file only while its modification time and size are as stored', () => {
    const cache = new SummaryCache('v1');
    cache.put('file:///a.prfaq.md', file(5));
    assert.equal(cache.lookup('file:///a.prfaq.md', 5, 100)?.modified, 5);
    assert.equal(cache.lookup('file:///a.prfaq.md', 6, 100), undefined, 'changed since');
    assert.equal(cache.lookup('file:///a.prfaq.md', 5, 101), undefined, 'same time, other size');
    assert.equal(cache.lookup('file:///b.prfaq.md', 5, 100), undefined);
  });

  it('is stored and read back under the same key, and ignored under another or when damaged', () => {
    const first = new SummaryCache('["0.1.0",{}]');
    first.put('file:///a.prfaq.md', file(5, 2));
    const stored = JSON.parse(first.takeChanges()!) as unknown;
    assert.equal(first.takeChanges(), undefined, 'nothing new to write');

    const next = new SummaryCache('["0.1.0",{}]');
    next.load(stored);
    assert.equal(next.lookup('file:///a.prfaq.md', 5, 100)?.summary.errors, 2);

    const upgraded = new SummaryCache('["0.2.0",{}]');
    upgraded.load(stored);
    assert.equal(upgraded.lookup('file:///a.prfaq.md', 5, 100), undefined, 'another version of the extension');
    for (const damaged of [null, 'text', { format: 1, key: '["0.1.0",{}]', files: null }, { format: 9, key: '["0.1.0",{}]', files: {} }]) {
      const cache = new SummaryCache('["0.1.0",{}]');
      cache.load(damaged);
      assert.equal(cache.lookup('file:///a.prfaq.md', 5, 100), undefined, JSON.stringify(damaged));
    }
  });

  it('forgets everything when the settings change, and files the scan no longer finds', () => {
    const cache = new SummaryCache('rules: default');
    cache.put('file:///a.prfaq.md', file(5));
    cache.put('file:///b.prfaq.md', file(5));
    cache.keepOnly(new Set(['file:///a.prfaq.md']));
    assert.equal(cache.lookup('file:///b.prfaq.md', 5, 100), undefined);
    assert.ok(cache.lookup('file:///a.prfaq.md', 5, 100));
    cache.rekey('rules: placeholder off');
    assert.equal(cache.lookup('file:///a.prfaq.md', 5, 100), undefined);
    assert.match(cache.takeChanges()!, /placeholder off/);
  });
});
