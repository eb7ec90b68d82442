// Problems with the command line, a file or the configuration: one clear line and exit code 2.
export class InputError extends Error {}
