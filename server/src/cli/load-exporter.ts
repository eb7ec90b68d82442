// The export code (docx, pdf-lib) is loaded only when someone exports: from
// dist/export.js next to the running bundle, or from source under tsx.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export type Exporter = typeof import('../../../core/src/index');

let loaded: Exporter | undefined;

export function loadExporter(): Exporter {
  const bundled = path.join(__dirname, 'export.js');
  const source = path.join(__dirname, '..', '..', '..', 'core', 'src', 'export', 'index.ts');
  // A computed path, so the bundler leaves this require for run time.
  loaded ??= require(existsSync(bundled) ? bundled : source) as Exporter;
  return loaded;
}
