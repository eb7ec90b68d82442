// A deterministic generator of realistic PR/FAQ markdown at a target size:
// the same (size, seed) always gives the same text. Small documents get a
// short press release; larger ones a full one-page press release and FAQs
// that grow until the size is reached, as long PR/FAQs do in practice.
import * as words from './corpus-words';
import { seededRandom, type Random } from './random';

type Style = 'headings' | 'run-in' | 'qa';
const styles: Style[] = ['headings', 'run-in', 'qa'];

interface Voice {
  random: Random;
  style: Style;
  product: string;
  company: string;
  customers: string;
}

export function generatePrfaq(targetBytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const voice: Voice = {
    random,
    style: styles[seed % styles.length]!,
    product: random.pick(words.products),
    company: random.pick(words.companies),
    customers: random.pick(words.customers),
  };
  const pressRelease = pressReleaseSection(voice, Math.min(3600, targetBytes * 0.4));
  const metrics = metricsSection(voice, Math.max(2, Math.min(60, Math.round(targetBytes / 8000))));
  const opening = `# ${voice.product}\n\n`;
  const budget = targetBytes - opening.length - pressRelease.length - metrics.length;
  const [customerFaq, internalFaq] = faqSections(voice, budget);
  return `${opening}${pressRelease}\n${customerFaq}\n${internalFaq}\n${metrics}`;
}

/** The press release's paragraphs in their usual order, cut to fit the budget. */
function pressReleaseSection(voice: Voice, budget: number): string {
  const { random, product, company, customers } = voice;
  const headline = `${product} ${random.pick(words.verbs)} ${random.pick(words.objects)} so ${customers} stop losing ${random.pick(words.units)}`;
  const subheading = `${capitalise(customers)} can now handle ${random.pick(words.objects)} in under ${random.int(2, 15)} minutes, without a phone call.`;
  const dateline = `${random.pick(words.cities)} — ${random.pick(words.months)} ${random.int(1, 28)}, 2027 — ${company} today launched ${product}, a service that ${random.pick(words.verbs)} ${random.pick(words.objects)} and ${random.pick(words.verbs)} ${random.pick(words.objects)} ${random.pick(words.channels)}. ${sentence(voice)}`;
  const paragraphs: Array<[label: string, text: string]> = [
    ['The problem', `${capitalise(customers)} lose time every week. ${sentence(voice)} ${sentence(voice)} ${sentence(voice)}`],
    ['The solution', `${product} works from the tools teams already use. ${sentence(voice)} ${sentence(voice)} ${sentence(voice)}`],
    ['Leader quote', `"${sentence(voice)} ${sentence(voice)}" said ${person(random)}, ${random.pick(words.leaderRoles)} at ${company}. "${sentence(voice)}"`],
    ['Getting started', `Getting started takes one afternoon. ${sentence(voice)} ${sentence(voice)}`],
    ['Customer quote', `"${sentence(voice)} ${sentence(voice)}" said ${person(random)}, ${random.pick(words.customerRoles)}.`],
    ['Call to action', `${product} is available today for $${random.int(9, 99)} a month; start a 30-day free trial at ${product.toLowerCase().replace(/\s+/g, '')}.example/start.`],
  ];
  const labelled = voice.style === 'run-in';
  let text = '## Press Release\n\n';
  text += labelled ? `**Headline:** ${headline}\n\n**Subheading:** ${subheading}\n\n**Summary.** ${dateline}\n\n` : `### ${headline}\n\n#### ${subheading}\n\n${dateline}\n\n`;
  for (const [label, paragraph] of paragraphs) {
    const block = labelled ? `**${label}.** ${paragraph}\n\n` : `${paragraph}\n\n`;
    if (text.length + block.length > budget && label !== 'Call to action') continue;
    text += block;
  }
  return text;
}

/** Customer and internal FAQs, filled entry by entry until the budget is spent. */
function faqSections(voice: Voice, budget: number): [string, string] {
  const asked = new Set<string>();
  const customer: string[] = [];
  const internal: string[] = [];
  let used = 0;
  // The core internal topics come first, as reviewers expect them.
  const coreTopics = words.internalQuestions.slice(0, 4);
  // A one-kilobyte PR/FAQ is a sketch: one-sentence answers.
  const brief = budget < 1500;
  do {
    const forCustomer = customer.length <= internal.length && (internal.length >= coreTopics.length || customer.length === 0);
    const templates = forCustomer ? words.customerQuestions : internal.length < coreTopics.length ? [coreTopics[internal.length]!] : words.internalQuestions;
    const entry = faqEntry(voice, uniqueQuestion(voice, templates, asked), brief);
    (forCustomer ? customer : internal).push(entry);
    used += entry.length;
  } while (used < budget || internal.length === 0);
  return [`## Customer FAQ\n\n${customer.join('')}`, `## Internal FAQ\n\n${internal.join('')}`];
}

function uniqueQuestion(voice: Voice, templates: readonly string[], asked: Set<string>): string {
  const { random } = voice;
  let question = fill(voice, random.pick(templates));
  for (let attempt = 0; asked.has(question); attempt++) {
    question = `${fill(voice, random.pick(templates))} ${random.pick(words.qualifiers)}${attempt > 3 ? ` (${asked.size})` : ''}`;
  }
  asked.add(question);
  return `${question}?`;
}

/** One question and its answer: a paragraph or two, now and then a list or a link. */
function faqEntry(voice: Voice, question: string, brief: boolean): string {
  const answer = brief ? sentence(voice) : fullAnswer(voice);
  switch (voice.style) {
    case 'headings':
      return `### ${question}\n\n${answer}\n\n`;
    case 'run-in':
      return `**${question}**\n\n${answer}\n\n`;
    case 'qa':
      return `Q: ${question}\n\nA: ${answer}\n\n`;
  }
}

function fullAnswer(voice: Voice): string {
  const { random } = voice;
  let answer = `${sentence(voice)} ${sentence(voice)}`;
  if (random.chance(0.5)) answer += ` ${sentence(voice)}`;
  if (random.chance(0.3)) answer += `\n\n${sentence(voice)} See [the ${random.pick(words.things)} guide](https://example.com/${random.pick(words.things)}) for *details*.`;
  if (random.chance(0.2)) answer += `\n\n${Array.from({ length: random.int(2, 4) }, () => `- ${sentence(voice)}`).join('\n')}`;
  if (random.chance(0.1)) answer += `\n\nAdministrators can set \`${random.pick(words.things)}.limit\` to **${random.int(1, 50)}** per day.`;
  return answer;
}

function metricsSection(voice: Voice, rows: number): string {
  const { random } = voice;
  const lines = ['## Success Metrics', '', '| Metric | Type | Target | By |', '| --- | --- | --- | --- |'];
  for (let row = 0; row < rows; row++) {
    const name = fill(voice, words.metricNames[row % words.metricNames.length]!) + (row >= words.metricNames.length ? ` ${random.pick(words.qualifiers)}` : '');
    lines.push(`| ${name} | ${words.metricTypes[row % 2]} | ${random.int(5, 95)}% or more | ${random.pick(words.months)} ${random.int(1, 28)}, 2028 |`);
  }
  return `${lines.join('\n')}\n`;
}

/** One plain, data-bearing sentence of the kind PR/FAQs are made of. */
function sentence(voice: Voice): string {
  const { random } = voice;
  switch (random.int(0, 3)) {
    case 0:
      return `${random.pick(words.connectors)}, ${voice.product} ${random.pick(words.outcomes)} ${random.int(2, 95)}% of ${random.pick(words.objects)}.`;
    case 1:
      return `${capitalise(random.pick(words.staff))} spent a median of ${random.int(2, 40)} ${random.pick(words.units)} on ${random.pick(words.objects)} before the pilot.`;
    case 2:
      return `${voice.product} ${random.pick(words.verbs)} ${random.pick(words.objects)} and tells ${random.pick(words.staff)} ${random.pick(words.channels)}.`;
    default:
      return `${capitalise(voice.customers)} told us they wanted fewer ${random.pick(words.things)} and clearer ${random.pick(words.things)}, so ${voice.product} ${random.pick(words.verbs)} them ${random.pick(words.channels)}.`;
  }
}

function fill(voice: Voice, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === 'product' ? voice.product : slot === 'customers' ? voice.customers : voice.random.pick(words.things)));
}

function person(random: Random): string {
  return `${random.pick(words.firstNames)} ${random.pick(words.lastNames)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
