// One analysis per document version, shared by every feature that asks.
import { buildModel } from './model/build';
import type { PrFaq } from './model/types';
import { runRules } from './rules';
import type { Finding } from './rules/types';

export interface Analysis {
  version: number;
  model: PrFaq;
  findings: Finding[];
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis>();

  get(document: VersionedText): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const model = buildModel(document.getText());
    const analysis = { version: document.version, model, findings: runRules(model) };
    this.byUri.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
