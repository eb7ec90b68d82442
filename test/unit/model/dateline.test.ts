// Datelines in the forms press releases use: city and date, the date alone,
// the city alone, a labelled field, a bracketed placeholder, and the mistakes
// that must not be taken for one.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateline } from '../../../core/src/model/dateline';
import { plainTextOf } from '../../../core/src/model/plain-text';
import { parseMarkdown } from '../../../core/src/model/parse';
import { SourceText } from '../../../core/src/model/source';

/** The dateline the first paragraph of `markdown` opens with, as city | date | placeholder. */
function dateline(markdown: string): string | undefined {
  const source = new SourceText(markdown);
  const found = findDateline(plainTextOf(parseMarkdown(markdown).children, source));
  return found && `${found.city} | ${found.date}${found.dateIsPlaceholder ? ' | placeholder' : ''}`;
}

describe('datelines in their usual forms', () => {
  it('reads the city and the date', () => {
    assert.equal(dateline('SEATTLE, WA — June 1, 2027 — Harbour Tools today launched Tidewatch.'), 'SEATTLE, WA | June 1, 2027');
    assert.equal(dateline('**Kiel, Germany** — Today, March 3, 2027 — Harbour Tools launched Tidewatch.'), 'Kiel, Germany | Today, March 3, 2027');
  });

  it('reads the date alone, after "On", before a byline, or in capitals', () => {
    assert.equal(dateline('On March 3, 2027, Harbour Tools launched Tidewatch.'), ' | March 3, 2027');
    assert.equal(dateline('March 3, 2027 · Harbour Tools team'), ' | March 3, 2027');
    assert.equal(dateline('Q4 2026 — Tidewatch is available to every harbour office.'), ' | Q4 2026');
    assert.equal(dateline('FOR RELEASE — SEPTEMBER 2026'), 'FOR RELEASE | SEPTEMBER 2026');
  });

  it('reads the city alone before a long dash', () => {
    assert.equal(dateline('**Kiel, Germany** — Harbour Tools today launched Tidewatch.'), 'Kiel, Germany | ');
    assert.equal(dateline('*Providence, RI* — In harbours up and down the coast, skippers circle the bay.'), 'Providence, RI | ');
  });

  it('reads a dateline written as a labelled field, in several languages', () => {
    assert.equal(dateline('**Location and date:** Denver, CO – 2027-03-02'), 'Denver, CO | 2027-03-02');
    assert.equal(dateline('**Data:** 24 de Abril, 2026'), ' | 24 de Abril, 2026');
    assert.equal(dateline('**Ort und Datum:** Kiel, 3. März 2027'), 'Kiel | 3. März 2027');
    assert.equal(dateline('**장소 및 출시일:** _서울, 대한민국 – 2026년 6월 15일_'), '서울, 대한민국 | 2026년 6월 15일');
    assert.equal(dateline('**Location:** Denver, CO'), 'Denver, CO | ');
  });

  it('reads a dateline left in brackets as a placeholder or written whole in brackets', () => {
    assert.equal(dateline('**[City, Date]** — Today we launch Tidewatch.'), ' | [City, Date] — | placeholder');
    assert.equal(dateline('**[CITY, STATE] – [DATE]** – Harbour Tools launched Tidewatch.'), '[CITY, STATE] | [DATE] | placeholder');
    assert.equal(dateline('[Fargo, ND – March 13, 2026] — Harbour Tools launched Tidewatch.'), 'Fargo, ND | March 13, 2026');
  });

  it('takes no dateline from ordinary prose, a name with a title, or a hyphenated phrase', () => {
    assert.equal(dateline('Harbour offices told us they answer forty radio calls a day.'), undefined);
    assert.equal(dateline('Tidewatch, the berth finder, is free for a month.'), undefined);
    assert.equal(dateline('Skippers stop circling - the page shows the next free berth.'), undefined);
  });
});
