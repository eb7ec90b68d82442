// One template source for the CLI, the new-document command, the snippets,
// completions and quick fixes. A template is markdown in which
//   [SOME WORDS]   is a placeholder: a tab stop in a snippet, left as written in plain text
//                  (so the placeholder rule points at it until the writer fills it in);
//   {Input|Output} is a choice: a drop-down in a snippet, its first option in plain text.
// The same placeholder written twice is one tab stop, so typing it once fills both.

/** Names every template may carry; the new-document command and `prfaq init` fill them in. */
export interface TemplateNames {
  product: string;
  customer: string;
}

const placeholderOrChoice = /\[([^\]\[\n]+)\](?!\()|\{([^{}|\n]+(?:\|[^{}|\n]+)+)\}/g;

/** The template with the product and customer named; the rest stays a placeholder. */
export function withNames(template: string, { product, customer }: TemplateNames): string {
  return template.replaceAll('[PRODUCT]', product).replaceAll('[CUSTOMERS]', customer);
}

/** The text a template writes when no editor fills it in: each choice becomes its first option. */
export function asPlainText(template: string): string {
  return template.replace(placeholderOrChoice, (whole, _placeholder: string | undefined, choice: string | undefined) => (choice ? choice.split('|')[0]! : whole));
}

/** The template in VS Code / LSP snippet syntax, tab stops numbered in reading order, ending at `$0`. */
export function asSnippet(template: string): string {
  const numbers = new Map<string, number>();
  let next = 1;
  let snippet = '';
  let last = 0;
  for (const match of template.matchAll(placeholderOrChoice)) {
    snippet += escapeSnippetText(template.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, placeholder, choice] = match;
    if (choice) {
      snippet += `\${${next++}|${choice.split('|').map(escapeChoice).join(',')}|}`;
      continue;
    }
    const known = numbers.get(whole);
    const number = known ?? next++;
    numbers.set(whole, number);
    snippet += `\${${number}:[${escapeSnippetText(placeholder!)}]}`;
  }
  return `${snippet}${escapeSnippetText(template.slice(last))}$0`;
}

function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (character) => `\\${character}`);
}

function escapeChoice(option: string): string {
  return option.replace(/[\\$}|,]/g, (character) => `\\${character}`);
}
