// The rules for press-release parts that must be present share this shape.
import type { PressRelease, PrFaq } from '../model/types';
import { anchorOf } from './helpers';
import type { Rule, Severity } from './types';

export function missingPart(id: string, defaultSeverity: Severity, description: string, isPresent: (pressRelease: PressRelease, model: PrFaq) => boolean, message: string): Rule {
  return {
    id,
    defaultSeverity,
    description,
    check(model) {
      const pressRelease = model.pressRelease;
      // A press release taken from its content alone may have its parts elsewhere: parts-not-recognised says so instead.
      if (!pressRelease || !pressRelease.section.recognition.sure || isPresent(pressRelease, model)) return [];
      return [{ range: anchorOf(pressRelease.section), message }];
    },
  };
}
