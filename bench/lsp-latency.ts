// Keystroke → diagnostics over a real stdio connection, as a client sees it:
// each single-character didChange is timed until the publishDiagnostics for
// that document version arrives. Any debounce the server applies is included.
// Then edit → preview: a didChange followed by the preview's render request,
// timed until the HTML comes back (the server's part of a preview update).
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { renderRequest, type RenderResult } from '../shared/src/protocol';
import { generatePrfaq } from './corpus';
import { startLspSession, type LspSession } from './lsp-client';
import { now, percentile } from './stats';

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface LatencyResult {
  size: string;
  bytes: number;
  keystrokeToDiagnostics: LatencySummary;
  editToPreviewHtml: LatencySummary;
}

const typed = 'Pilot clinics recovered more appointments than expected. ';

export async function benchmarkKeystrokes(serverScript: string, sizes = [{ label: '5 KB', bytes: 5 * 1024 }, { label: '50 KB', bytes: 50 * 1024 }], edits = 200, previewEdits = 50, warmUp = 30): Promise<LatencyResult[]> {
  const results: LatencyResult[] = [];
  for (const { label, bytes } of sizes) {
    const session = await startLspSession(serverScript);
    const text = generatePrfaq(bytes, 11);
    const uri = `file:///bench/latency-${bytes}.prfaq.md`;
    await session.open(uri, text);
    const typist = new Typist(session, uri, text);
    const diagnostics = await typist.time(warmUp, edits, 'diagnostics');
    const preview = await typist.time(5, previewEdits, 'preview');
    await session.stop();
    results.push({ size: label, bytes: text.length, keystrokeToDiagnostics: diagnostics, editToPreviewHtml: preview });
  }
  return results;
}

/** Types one character at a time at the end of a line in the middle of the document, as a writer adding to an answer would. */
class Typist {
  private version = 1;
  private typedCount = 0;
  private readonly line: number;
  private character: number;

  constructor(
    private readonly session: LspSession,
    private readonly uri: string,
    text: string,
  ) {
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (lines[line]!.trim() === '' || lines[line]!.startsWith('#')) line++;
    this.line = line;
    this.character = lines[line]!.length;
  }

  /** Times `measured` edits (after `warmUp` untimed ones) from didChange until the diagnostics, or the preview HTML, for that version arrive. */
  async time(warmUp: number, measured: number, until: 'diagnostics' | 'preview'): Promise<LatencySummary> {
    const timings: number[] = [];
    for (let edit = 0; edit < warmUp + measured; edit++) {
      const version = ++this.version;
      const started = now();
      // Listen before sending, so that no diagnostics are missed.
      const diagnostics = until === 'diagnostics' ? this.session.diagnosticsFor(this.uri, version) : undefined;
      await this.typeOneCharacter(version);
      await (diagnostics ?? this.session.connection.sendRequest<RenderResult | null>(renderRequest, { uri: this.uri }));
      if (edit >= warmUp) timings.push(now() - started);
    }
    return { samples: timings.length, p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95), maxMs: percentile(timings, 1) };
  }

  private async typeOneCharacter(version: number): Promise<void> {
    const char = typed[this.typedCount++ % typed.length]!;
    const position = { line: this.line, character: this.character++ };
    await this.session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: char }],
    });
  }
}
