// What the language server knows between messages, in one place: the open
// documents and their checks, the client's capabilities and settings, and the
// workspace folders. Made at initialize; every handler reads from it.
import type { CancellationToken, ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLintConfig, type Finding, type LintConfig, type RawSettings } from '../../core/src/index';
import type { Analysis, DocumentAnalyses } from './analysis/documents';
import { toDiagnostic } from './features/diagnostics';

/** An open document's check, for a request. */
export interface Found {
  document: TextDocument;
  config: LintConfig;
  analysis: Analysis;
}

export class ServerState {
  /** Where the rule pages live; the VS Code client passes a URI that works in remote windows too. */
  ruleDocsBase: string;
  /** Clients that answer workspace/configuration get per-document settings; others push them. */
  pullsConfiguration = false;
  /** Only clients that say they can take a registration are sent one (eglot, for one, warns otherwise). */
  registersConfigurationChanges = false;
  pushedSettings: RawSettings | undefined;
  /** Editors that pull diagnostics (LSP 3.17) are not pushed any. */
  pullsDiagnostics = false;
  clientCapabilities: ClientCapabilities = {};
  workspaceFolders: string[] = [];
  /** Goes up with every settings change, so pulled results from before are stale. */
  settingsGeneration = 0;
  private readonly configByUri = new Map<string, Promise<LintConfig>>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly analyses: DocumentAnalyses,
    ruleDocsBase: string,
  ) {
    this.ruleDocsBase = ruleDocsBase;
  }

  configFor(uri: string): Promise<LintConfig> {
    let config = this.configByUri.get(uri);
    if (!config) {
      const warn = (message: string) => this.connection.console.warn(message);
      config = this.pullsConfiguration
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'prfaq' }).then(
            (raw: RawSettings | null) => toLintConfig(raw ?? undefined, warn),
            () => toLintConfig(this.pushedSettings, warn),
          )
        : Promise.resolve(toLintConfig(this.pushedSettings, warn));
      this.configByUri.set(uri, config);
    }
    return config;
  }

  /** New settings: every document's configuration is read again. */
  settingsChanged(pushed?: RawSettings): void {
    if (!this.pullsConfiguration && pushed) this.pushedSettings = pushed;
    this.configByUri.clear();
    this.settingsGeneration += 1;
  }

  forget(uri: string): void {
    this.analyses.forget(uri);
    this.configByUri.delete(uri);
  }

  /** Findings as LSP diagnostics, linked to the rule pages wherever the client said they live. */
  diagnosticsOf(findings: Finding[], uri: string) {
    return findings.map((finding) => toDiagnostic(finding, uri, this.ruleDocsBase));
  }

  /** The check of an open document for a request; undefined once the request is cancelled or the document closed. */
  async analysisFor(uri: string, token: CancellationToken): Promise<Found | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const config = await this.configFor(uri);
    // A cancelled request is answered at once, even while a large document is still being checked.
    const analysis = await Promise.race([this.analyses.analysis(document, config), whenCancelled(token)]);
    return analysis && !token.isCancellationRequested ? { document, config, analysis } : undefined;
  }
}

function whenCancelled(token: CancellationToken): Promise<undefined> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) resolve(undefined);
    else token.onCancellationRequested(() => resolve(undefined));
  });
}

/** The text of one line, without its line break. */
export function lineAt(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** Lets queued messages (a keystroke's didChange) run before the next piece of a long task. */
export function giveWay(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => void }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
