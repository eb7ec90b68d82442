// What the PR/FAQs view shows of a file before it is checked: the front
// matter's stage, status and author, and a title from the front matter or the
// first heading. It reads the front matter and scans lines, with no markdown
// parse, so a workspace's files can be listed at once and their findings and
// lengths follow as the checks come in. The check's summary replaces it.
import type { FirstLookFields } from '../../../shared/src/protocol';
import { frontMatterText, yamlMapping } from '../model/front-matter';
import { headingName } from '../model/heading-names';
import { readStage, stageDescriptions } from '../model/stage';

export type FirstLook = FirstLookFields;

/** A title heading comes near the top; further in, the check will find the headline. */
const headingLimit = 16 * 1024;
/** YAML front matter as remark-frontmatter reads it: between `---` lines at the very top. */
const frontMatterPattern = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function firstLook(text: string): FirstLook {
  const frontMatter = frontMatterPattern.exec(text);
  // A broken front matter is the check's to report; the first look simply has none.
  const data = frontMatter?.[1] ? yamlMapping(frontMatter[1]).data : {};
  const stage = readStage({ data });
  const title = frontMatterText(data, 'title') ?? firstTitleHeading(text.slice(frontMatter?.[0].length ?? 0).slice(0, headingLimit));
  const status = frontMatterText(data, 'status');
  const author = frontMatterText(data, 'author');
  const stageLabel = stage ? ('stage' in stage ? stageDescriptions[stage.stage].label : stage.unknown) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(stage && 'stage' in stage ? { stage: stage.stage } : {}),
    ...(stageLabel ? { stageLabel } : {}),
    ...(status ? { status } : {}),
    ...(author ? { author } : {}),
  };
}

/**
 * The document's first ATX heading outside code, as plain words, as the model
 * takes its title: "# Korporus PR FAQ" and "# PR/FAQ: Ailly" are titles, but a
 * first heading that names a part ("# Press Release") means there is none.
 */
function firstTitleHeading(text: string): string | undefined {
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const words = plainHeading(heading);
    if (!words) continue;
    const name = headingName(words);
    return !name || name.role === 'prfaq' || name.weak ? words : undefined;
  }
  return undefined;
}

/** Links to their text, emphasis and code marks dropped. */
function plainHeading(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]+/g, '')
    // Underscores inside a word ("{RFC_TITLE}") are text, not emphasis.
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
