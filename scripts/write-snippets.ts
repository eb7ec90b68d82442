// Writes snippets/prfaq.code-snippets from core/src/templates/snippets.ts: `npm run snippets`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { snippetFile } from '../core/src/index';

const target = path.join(__dirname, '..', 'snippets', 'prfaq.code-snippets');
fs.writeFileSync(target, snippetFile());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
