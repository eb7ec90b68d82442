// The rules for press-release parts that must be present share this shape.
import type { PressRelease } from '../model/types';
import { anchorOf } from './helpers';
import type { Rule, Severity } from './types';

export function missingPart(id: string, defaultSeverity: Severity, description: string, isPresent: (pressRelease: PressRelease) => boolean, message: string): Rule {
  return {
    id,
    defaultSeverity,
    description,
    check(model) {
      const pressRelease = model.pressRelease;
      if (!pressRelease || isPresent(pressRelease)) return [];
      return [{ range: anchorOf(pressRelease.section), message }];
    },
  };
}
