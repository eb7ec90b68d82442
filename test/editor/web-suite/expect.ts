// The few assertions the browser suite needs: node:assert is not there.
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(text: string, pattern: RegExp, message: string): void {
  if (!pattern.test(text)) throw new Error(`${message}: ${pattern} does not match ${JSON.stringify(text.slice(0, 300))}`);
}
