/** The popup's "Copy as reading note": the page, the facts used on it and their sources. */
import type { Fact, FactPack, Lang } from '../facts/types';
import { formatDay } from './dates';
import { factListBlocks, oneLine, render, type CitedText } from './layout';
import { labelledLink, type Block, type Inline } from './markup';
import { WORDS } from './words';

/**
 * A reading note in Markdown (`text`) and the equivalent HTML: `## Reading note: <title>`, a list
 * with the article link, its publication day when given, the day read (`accessed`, default today)
 * and the fact pack used, then `### Facts` with numbered references in the Markdown format.
 * Page strings are untrusted: they are put on one line and escaped; only https becomes a link.
 */
export function readingNote(
  pack: FactPack,
  facts: readonly Fact[],
  page: { title: string; url: string; published?: string },
  lang: Lang,
  options: { accessed?: Date } = {},
): CitedText {
  const words = WORDS[lang];
  const accessed = options.accessed ?? new Date();
  const title = oneLine(page.title);
  const url = oneLine(page.url);
  const published = oneLine(page.published ?? '');
  const meta: Inline[][] = [[`${words.article}: `, ...labelledLink(title, url)]];
  if (published) meta.push([`${words.published}: ${formatDay(published, lang)}`]);
  meta.push([`${words.accessed}: ${formatDay(accessed, lang)}`]);
  const reviewed = formatDay(pack.reviewed, lang);
  meta.push([`${words.context}: ${words.contextText(pack.title[lang], pack.version, reviewed)}`]);
  const blocks: Block[] = [
    { type: 'heading', level: 2, content: [`${words.note}: ${title || url}`] },
    { type: 'list', ordered: false, items: meta },
    { type: 'heading', level: 3, content: [words.facts] },
    ...(facts.length > 0
      ? factListBlocks(pack, facts, 'markdown', lang, accessed)
      : [{ type: 'p', lines: [[words.noFacts]] } satisfies Block]),
  ];
  return render(blocks, 'markdown');
}
