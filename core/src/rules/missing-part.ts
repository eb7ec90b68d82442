// The rules for press-release parts that must be present share this shape.
import { isEnglish } from '../model/language';
import type { PressRelease, PrFaq } from '../model/types';
import { anchorOf } from './helpers';
import type { Rule, Severity } from './types';

export interface MissingPartOptions {
  /**
   * The part is found by English cue words ("get started", "visit"), so in a
   * press release written in another language only a label finds it; without
   * one, prfaq cannot tell and says nothing.
   */
  foundByEnglishCues?: boolean;
}

export function missingPart(
  id: string,
  defaultSeverity: Severity,
  description: string,
  isPresent: (pressRelease: PressRelease, model: PrFaq) => boolean,
  message: string | ((pressRelease: PressRelease) => string),
  options: MissingPartOptions = {},
): Rule {
  return {
    id,
    defaultSeverity,
    description,
    check(model) {
      const pressRelease = model.pressRelease;
      // A press release taken from its content alone may have its parts elsewhere: parts-not-recognised says so instead,
      // unless the writer named the file a PR/FAQ.
      if (!pressRelease || !(pressRelease.section.recognition.sure || model.recognition.declared) || isPresent(pressRelease, model)) return [];
      if (options.foundByEnglishCues && !isEnglish(pressRelease.section.language)) return [];
      return [{ range: anchorOf(pressRelease.section), message: typeof message === 'string' ? message : message(pressRelease) }];
    },
  };
}
