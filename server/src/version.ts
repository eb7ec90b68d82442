// The extension's version, inlined from package.json at build time. A named
// import, so the bundler keeps only the version and not the whole manifest.
import { version as manifestVersion } from '../../package.json';

export const version: string = manifestVersion;
