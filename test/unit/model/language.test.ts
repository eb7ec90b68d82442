import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../server/src/model/build';
import { detectLanguage, languageOfTag } from '../../../server/src/model/language';
import { runRules } from '../../../server/src/rules/run';

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
