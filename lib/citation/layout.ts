/**
 * Pieces shared by the citation functions: the fact line with its as-of day, the "seen in" line,
 * the numbered fact list with its references, and rendering to the two payloads.
 */
import { sourcesFor } from '../facts/accessors';
import type { Fact, FactPack, Lang, Source } from '../facts/types';
import type { CitationFormat } from '../settings/schema';
import { formatDay } from './dates';
import {
  blocksHtml,
  blocksText,
  labelledLink,
  richInlines,
  type Block,
  type Inline,
} from './markup';
import { nested, referenceInlines } from './references';
import { WORDS } from './words';

/** The two clipboard payloads: `text` for text/plain, `html` for text/html. */
export interface CitedText {
  text: string;
  html: string;
}

/** Untrusted page strings (titles, URLs) on one line, so they cannot break the layout. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Markdown text for the `markdown` format, plain text for the others; HTML for all. */
export const render = (blocks: Block[], format: CitationFormat): CitedText => ({
  text: blocksText(blocks, format === 'markdown' ? 'markdown' : 'plain'),
  html: blocksHtml(blocks),
});

/** The fact's statement followed by "(As of <date>.)", a sentence of its own. */
export function factLine(fact: Fact, lang: Lang): Inline[] {
  return [...richInlines(fact.text[lang]), ` (${WORDS[lang].asOf} ${formatDay(fact.asOf, lang)}.)`];
}

/** `DHS: “…”`, the speaker capitalized as it starts the line. Quotes stay in their own language. */
export function quoteLine(quote: NonNullable<Fact['quote']>): Inline[] {
  const by = quote.by.charAt(0).toUpperCase() + quote.by.slice(1);
  return [`${by}: “${nested(quote.text)}”`];
}

/** "Seen in: <title>, <url>" (or a Markdown link): the article the reader copied from. */
export function pageLine(
  page: { title: string; url: string },
  lang: Lang,
  format: CitationFormat,
): Inline[] {
  const title = oneLine(page.title);
  const url = oneLine(page.url);
  const label = `${WORDS[lang].seenIn}: `;
  return format === 'markdown'
    ? [label, ...labelledLink(title, url)]
    : [label, title ? `${title}, ` : '', ...labelledLink(url, url)];
}

/**
 * The facts as a list, each followed by the numbers of its sources ("[1, 2]"), then the style's
 * heading and the sources once each, numbered in order of first use.
 */
export function factListBlocks(
  pack: FactPack,
  facts: readonly Fact[],
  format: CitationFormat,
  lang: Lang,
  accessed: Date,
): Block[] {
  const numbered: Source[] = [];
  const items = facts.map((fact): Inline[] => {
    const refs = sourcesFor(pack, fact).map((source) => {
      const index = numbered.findIndex((s) => s.id === source.id);
      return index >= 0 ? index + 1 : numbered.push(source);
    });
    return refs.length > 0 ? [...factLine(fact, lang), ' ', { refs }] : factLine(fact, lang);
  });
  return [
    { type: 'list', ordered: false, items },
    { type: 'p', lines: [[{ style: 'strong', children: [WORDS[lang].heading[format]] }]] },
    {
      type: 'list',
      ordered: true,
      items: numbered.map((source) => referenceInlines(source, format, lang, accessed)),
    },
  ];
}
