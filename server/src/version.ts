// The extension's version, inlined from package.json at build time.
import manifest from '../../package.json';

export const version: string = manifest.version;
