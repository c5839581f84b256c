/**
 * A source's reference in each citation format, as inline content (see `markup.ts`).
 *
 * The pack's `publisher` is the organizational author (it also names the copy a mirror points to,
 * e.g. "… (copy on Scribd)"), and `type` decides the kind of work: a `news` source is an article
 * on a news site; every other source (report, release, memo, brief, court opinion, fact sheet) is
 * a standalone document of its publisher. The rules followed are in `lib/citation/README.md`.
 */
import type { Lang, Source } from '../facts/types';
import type { CitationFormat } from '../settings/schema';
import { formatDay } from './dates';
import { labelledLink, type Inline } from './markup';
import { WORDS } from './words';

/** Ends `text` with a period unless it already ends a sentence. */
export const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** The period after an italic title, unless the title ends with its own mark. */
const periodAfter = (title: string) => (/[.?!][’”]?$/.test(title) ? '' : '.');

/** Double quotes inside a title or quote become single ones once it is itself quoted. */
export const nested = (title: string) =>
  title.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");

/**
 * A title in quotation marks with the closing period inside (MLA, Chicago); a title that ends
 * with a quotation of its own keeps the period inside that too: `“… on ‘Remain in Mexico.’”`.
 */
function quotedWithPeriod(title: string): string {
  const inner = nested(title);
  if (/[.?!]’?$/.test(inner)) return `“${inner}”`;
  if (/‘.*’$/.test(inner)) return `“${inner.slice(0, -1)}.’”`;
  return `“${inner}.”`;
}

const italic = (text: string): Inline => ({ style: 'i', children: [text] });
const urlLink = (url: string): Inline => ({ href: url, children: [url] });

/**
 * The reference for `source` in `format`. `plain` and `markdown` entries have no final period
 * (callers join several into one sentence or list); the three styles end as their rules say.
 * `accessed` is used only where the style asks for it (MLA).
 */
export function referenceInlines(
  source: Source,
  format: CitationFormat,
  lang: Lang,
  accessed: Date,
): Inline[] {
  const { title, publisher, url } = source;
  const date = (style: 'long' | 'apa' | 'mla' = 'long') => formatDay(source.date, lang, style);
  const news = source.type === 'news';
  switch (format) {
    case 'plain':
      return [`${publisher}, “${nested(title)}”, ${date()}, `, urlLink(url)];
    case 'markdown':
      return [...labelledLink(title, url), `, ${publisher}, ${date()}`];
    case 'apa':
      // APA 7: a news article without a personal author starts with its title; an organization's
      // own document starts with the organization, and the site name is dropped as it repeats it.
      return news
        ? [
            italic(title),
            `${periodAfter(title)} (${date('apa')}). ${withPeriod(publisher)} `,
            urlLink(url),
          ]
        : [
            `${withPeriod(publisher)} (${date('apa')}). `,
            italic(title),
            `${periodAfter(title)} `,
            urlLink(url),
          ];
    case 'mla': {
      // MLA 9: an organization that is both author and publisher is not repeated as author.
      const tail = ['. ', `${WORDS[lang].mlaAccessed} ${formatDay(accessed, lang, 'mla')}.`];
      return news
        ? [
            `${quotedWithPeriod(title)} `,
            italic(publisher),
            `, ${date('mla')}, `,
            urlLink(url),
            ...tail,
          ]
        : [
            italic(title),
            `${periodAfter(title)} ${publisher}, ${date('mla')}, `,
            urlLink(url),
            ...tail,
          ];
    }
    case 'chicago':
      return news
        ? [`${withPeriod(publisher)} ${quotedWithPeriod(title)} ${date()}. `, urlLink(url), '.']
        : [
            `${withPeriod(publisher)} `,
            italic(title),
            `${periodAfter(title)} ${date()}. `,
            urlLink(url),
            '.',
          ];
  }
}
