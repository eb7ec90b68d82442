// Languages: which one a document and its parts are written in, and the
// press release's parts in documents written in other languages (the English
// writing rules do not apply there, the structure still does).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../core/src/model/build';
import { detectLanguage, languageOfTag } from '../../../core/src/model/language';
import { partOfLabel } from '../../../core/src/model/part-labels';
import { runRules } from '../../../core/src/index';

const writingRules = ['weasel-word', 'hype-word', 'claim-without-data', 'undefined-acronym', 'long-sentence', 'wordy-phrase', 'passive-voice', 'readability'];

describe('language', () => {
  it('tells English from German, Japanese, Korean and Russian prose', () => {
    assert.equal(detectLanguage('Tally counts the shoppers who walk into a small shop, so owners can plan their staff around the busiest hours of the week and see which days bring the most visitors.'), 'eng');
    assert.equal(detectLanguage('Der Verein stellt sein neues digitales Mitgliederportal vor. Die Webanwendung ersetzt die bisherige papierbasierte Verwaltung von Abrechnungen.'), 'deu');
    assert.equal(detectLanguage('店舗に来たお客様の数を数えて、忙しい時間帯に合わせて人を配置できるようにします。'), 'jpn');
    assert.equal(detectLanguage('매장에 들어온 손님 수를 세어 가장 바쁜 시간에 맞춰 직원을 배치할 수 있습니다.'), 'kor');
    assert.equal(detectLanguage('Система считает посетителей магазина, чтобы владельцы могли планировать смены.'), 'rus');
    assert.equal(detectLanguage('Short.'), 'und');
  });

  it('reads the front matter\'s lang: in the usual forms', () => {
    assert.equal(languageOfTag('de'), 'deu');
    assert.equal(languageOfTag('de-DE'), 'deu');
    assert.equal(languageOfTag('Japanese'), 'jpn');
    assert.equal(languageOfTag(42), undefined);
  });

  it('gives a German PR/FAQ no English writing findings, one line that says so, and its structure checks', () => {
    const text = '## Pressemitteilung\n\n### Termino macht die Terminvergabe einfach und sehr schnell\n\nTermino ist eine revolutionäre Plattform, die viele Praxen nutzen können, um ihre Termine zu verwalten und Patienten wirklich schnell zu informieren.\n\n## Kunden-FAQ\n\n### Was kostet es?\n\nNeun Euro im Monat.\n';
    const findings = runRules(buildModel(text));
    assert.deepEqual(findings.filter((finding) => writingRules.includes(finding.ruleId)), []);
    assert.match(findings.find((finding) => finding.ruleId === 'writing-checks-skipped')!.message, /reads as German/);
    assert.ok(findings.some((finding) => finding.ruleId === 'missing-leader-quote'), 'structure checks still run');
  });

  it('skips only the part in another language of an English document', () => {
    const english = 'Tally counts the shoppers who walk into a small shop, so owners can plan their staff around the busiest hours. It is revolutionary. ';
    const german = 'Der Verein stellt sein neues digitales Mitgliederportal vor. Die Webanwendung ersetzt die bisherige papierbasierte Verwaltung von Abrechnungen und Reisekosten. ';
    const text = `## Press Release\n\n${english.repeat(6)}\n\n## Customer FAQ\n\n### Frage?\n\n${german.repeat(3)}\n`;
    const model = buildModel(text);
    assert.deepEqual(model.sections.map((section) => section.language), ['eng', 'deu']);
    const findings = runRules(model);
    assert.ok(findings.some((finding) => finding.ruleId === 'hype-word'), 'the English press release is still checked');
    assert.match(findings.find((finding) => finding.ruleId === 'writing-checks-skipped')!.message, /skipped in Customer FAQ \(German\)/);
  });
});

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
