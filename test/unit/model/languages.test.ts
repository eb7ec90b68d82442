// The press release's parts in documents written in other languages: the
// English writing rules do not apply there, the structure still does.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../server/src/model/build';
import { partOfLabel } from '../../../server/src/model/part-labels';

const pressRelease = (body: string) => buildModel(`## Press Release\n\n${body}\n\n## FAQ\n\n### Q?\n\nA.\n`).pressRelease!;

describe('press releases in other languages', () => {
  it('finds datelines written the German, Korean and Japanese way', () => {
    assert.equal(pressRelease('MÜNCHEN — 3. Mai 2027 — Termino startet heute.').dateline?.date, '3. Mai 2027');
    assert.equal(pressRelease('Beilstein, März 2026 – Der Verein stellt sein Portal vor.').dateline?.city, 'Beilstein');
    assert.equal(pressRelease('서울 — 2026년 6월 15일 — 오늘 출시합니다.').dateline?.date, '2026년 6월 15일');
    assert.equal(pressRelease('東京 — 2027年5月1日 — 本日発表しました。').dateline?.city, '東京');
  });

  it('reads quotations in „…“ and 「…」 with their speakers', () => {
    const german = pressRelease('MÜNCHEN — 3. Mai 2027 — Termino startet heute.\n\n„Unsere Kunden warten nicht mehr am Telefon auf einen freien Termin“, sagte Anna Berger, Geschäftsführerin von Termino.');
    assert.equal(german.quotes[0]?.speaker?.name, 'Anna Berger');
    const japanese = pressRelease('東京 — 2027年5月1日 — 本日発表しました。\n\n「朝の準備が十分短くなり、子どもと話す時間が増えました」— 佐藤 花子（二児の母）');
    assert.equal(japanese.quotes[0]?.speaker?.name, '佐藤 花子');
  });

  it('does not take a term in 「…」 inside a Japanese sentence for a quotation', () => {
    assert.deepEqual(pressRelease('東京 — 2027年5月1日 — 本日発表しました。\n\nこの機能は「あとから確認できること」を大切にして作られた新しい道具です。').quotes, []);
  });

  it('knows the part labels in other languages', () => {
    assert.equal(partOfLabel('O Problema'), 'problem');
    assert.equal(partOfLabel('A Solução'), 'solution');
    assert.equal(partOfLabel('Citação do Cliente'), 'customer-quote');
    assert.equal(partOfLabel('今すぐ始めるには'), 'getting-started');
    assert.equal(partOfLabel('Erste Schritte'), 'getting-started');
  });

  it('finds a speaker whose role stands before the name ("said founder Wes Marsh")', () => {
    const release = pressRelease('SEATTLE, WA — June 1, 2027 — Tally today launched.\n\n“Tally is the vault for your health records, and you hold the keys,” said founder Wes Marsh.');
    assert.equal(release.quotes[0]?.speaker?.name, 'Wes Marsh');
    const unnamed = pressRelease('SEATTLE, WA — June 1, 2027 — Tally today launched.\n\n“We saw engineers lose whole days to setting up their clusters,” said a Tally contributor.');
    assert.equal(unnamed.quotes[0]?.speaker, undefined);
  });
});
