import * as fs from 'node:fs';
import { parseDocument } from '../server/src/model/build';
import { renderStandalone } from '../server/src/render/index';
fs.writeFileSync(process.argv[3]!, renderStandalone(parseDocument(fs.readFileSync(process.argv[2]!, 'utf8'))));
