// The held-out third of the study corpus, fixed before anyone looks:
// sha1(source) mod 3 == 0, as ../shared/evaluation.md sets it. Nothing is
// tuned on these documents; they are judged once, at the end of a round.
import { createHash } from 'node:crypto';

export function isHeldOut(source: string): boolean {
  return BigInt(`0x${createHash('sha1').update(source).digest('hex')}`) % 3n === 0n;
}
