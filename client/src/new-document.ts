// PR/FAQ: New PR/FAQ… — pick a template, name the product and the customer, and get
// <product>.prfaq.md, never written over an existing file, open with its first placeholder selected.
import * as vscode from 'vscode';
import { fileExists } from './file-exists';
import { asSnippet, type DocumentTemplate, documentTemplates, fileSlug, withNames } from '../../core/src/index';

/** What the command asks the writer; tests and other extensions may answer in advance. */
export interface NewDocumentChoices {
  template?: string;
  product?: string;
  customer?: string;
  /** The folder to create the file in; by default the active file's workspace folder, or the first one. */
  folder?: vscode.Uri;
}

export async function newDocument(choices: NewDocumentChoices = {}): Promise<vscode.TextEditor | undefined> {
  const template = documentTemplates.find((candidate) => candidate.id === choices.template) ?? (await pickTemplate());
  if (!template) return undefined;
  const product = choices.product ?? (await ask('Product name', 'What is the product called? It becomes the title and the file name.', 'e.g. Rebook'));
  if (!product) return undefined;
  const customer = choices.customer ?? (await ask('Customer', `Who is ${product} for? Name them the way they would describe themselves.`, 'e.g. independent clinics'));
  if (!customer) return undefined;
  const folder = choices.folder ?? (await targetFolder());
  if (!folder) return undefined;

  const file = await freeFileName(folder, fileSlug(product));
  await vscode.workspace.fs.writeFile(file, new Uint8Array());
  const editor = await vscode.window.showTextDocument(file);
  const snippet = new vscode.SnippetString(asSnippet(withNames(template.template, { product, customer })));
  // A keystroke that lands between opening the file and inserting the template makes the
  // editor refuse the insertion (its document moved on): insert again, ahead of what was typed.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await editor.insertSnippet(snippet, new vscode.Position(0, 0))) return editor;
  }
  void vscode.window.showWarningMessage(`The template could not be inserted into ${vscode.workspace.asRelativePath(file)}. Type "prfaq" there and pick the full PR/FAQ snippet instead.`);
  return editor;
}

async function pickTemplate(): Promise<DocumentTemplate | undefined> {
  const picked = await vscode.window.showQuickPick(
    documentTemplates.map((template) => ({ label: template.label, detail: template.detail, template })),
    { title: 'New PR/FAQ', placeHolder: 'Choose what to start from', matchOnDetail: true },
  );
  return picked?.template;
}

async function ask(title: string, prompt: string, placeHolder: string): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: `New PR/FAQ: ${title}`,
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : `Type a ${title.toLowerCase()}, or press Escape to cancel.`),
  });
  return answer?.trim() || undefined;
}

async function targetFolder(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (folder) return folder.uri;
  const [chosen] = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Create the PR/FAQ here', title: 'New PR/FAQ: choose a folder' })) ?? [];
  return chosen;
}

/** <slug>.prfaq.md, or <slug>-2.prfaq.md and so on when that name is taken; the writer is told which. */
async function freeFileName(folder: vscode.Uri, slug: string): Promise<vscode.Uri> {
  for (let attempt = 1; ; attempt++) {
    const name = attempt === 1 ? `${slug}.prfaq.md` : `${slug}-${attempt}.prfaq.md`;
    const candidate = vscode.Uri.joinPath(folder, name);
    if (!(await fileExists(candidate))) {
      if (attempt > 1) void vscode.window.showInformationMessage(`${slug}.prfaq.md already exists and was left alone; the new PR/FAQ is ${name}.`);
      return candidate;
    }
  }
}
