import { missingPart } from './missing-part';

const whereToGo = /https?:\/\/|www\.|\b[\w-]+\.(?:com|io|dev|org|net|app|ai|example)\b|\b(?:install|clone|download|visit|sign up|npm|pip|brew)\b/i;

export const missingCallToAction = missingPart(
  'missing-call-to-action',
  'warning',
  'No closing sentence telling the reader where to go next.',
  // A closing "Getting started" with a link or the install command tells the reader where to go next, too.
  (pr) => pr.callToAction !== undefined || (pr.gettingStarted !== undefined && whereToGo.test(pr.gettingStarted.text)),
  'The press release has no call to action. End it with one sentence telling the reader where to go next, e.g. "Start a free trial at example.com/product."',
  { foundByEnglishCues: true },
);
