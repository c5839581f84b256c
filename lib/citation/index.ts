/**
 * Copy-with-citation: a fact, a list of facts, a reading note or a single source as the two
 * clipboard payloads, `text/plain` and `text/html`, in one of the five citation formats and in
 * English or Spanish. Pure (no DOM, no DOMPurify: it ships in the content script); the HTML is
 * built from the document model in `markup.ts`, which escapes everything and links only https.
 * Format rules and examples: `lib/citation/README.md`.
 */
import { sourcesFor } from '../facts/accessors';
import type { Fact, FactPack, Lang, Source } from '../facts/types';
import type { CitationFormat } from '../settings/schema';
import { factLine, factListBlocks, pageLine, quoteLine, render, type CitedText } from './layout';
import type { Block } from './markup';
import { referenceInlines } from './references';
import { WORDS } from './words';

export type { CitedText } from './layout';
export { readingNote } from './reading-note';

export interface CiteOptions {
  /** The "accessed" day for styles that use it (MLA) and the reading note (default: today). */
  accessed?: Date;
  /** Adds a "Seen in: <article>" line (ignored by `readingNote`, which names its page itself). */
  page?: { title: string; url: string };
}

const accessedOf = (options: CiteOptions) => options.accessed ?? new Date();

/**
 * One fact with its citation in `format` and `lang`: `plain` is one paragraph ending in
 * "Source(s): …"; the others put the fact and then one reference per line (Markdown adds the
 * fact's quote, attributed, when it has one).
 */
export function citeFact(
  pack: FactPack,
  fact: Fact,
  format: CitationFormat,
  lang: Lang,
  options: CiteOptions = {},
): CitedText {
  const sources = sourcesFor(pack, fact);
  const refs = sources.map((s) => referenceInlines(s, format, lang, accessedOf(options)));
  const blocks: Block[] = [];
  if (format === 'plain') {
    const label = sources.length > 1 ? WORDS[lang].sources : WORDS[lang].source;
    const joined = refs.flatMap((ref, i) => (i === 0 ? ref : ['; ', ...ref]));
    const citation = refs.length > 0 ? [` ${label}: `, ...joined, '.'] : [];
    blocks.push({ type: 'p', lines: [[...factLine(fact, lang), ...citation]] });
  } else {
    blocks.push({ type: 'p', lines: [factLine(fact, lang)] });
    if (format === 'markdown' && fact.quote) {
      blocks.push({ type: 'quote', content: quoteLine(fact.quote) });
    }
    // Markdown joins the lines of a paragraph, so each of its references is a paragraph of its own.
    if (format === 'markdown') {
      blocks.push(...refs.map((ref): Block => ({ type: 'p', lines: [['— ', ...ref]] })));
    } else if (refs.length > 0) blocks.push({ type: 'p', lines: refs });
  }
  if (options.page) blocks.push({ type: 'p', lines: [pageLine(options.page, lang, format)] });
  return render(blocks, format);
}

/**
 * Several facts (the popover's "Copy key facts"): a list of the facts, each followed by the
 * numbers of its sources ("[1, 2]"), then the sources once each, numbered by first use, in
 * `format` under the style's heading ("References", "Works Cited"…). Empty payloads for no facts.
 */
export function citeFacts(
  pack: FactPack,
  facts: readonly Fact[],
  format: CitationFormat,
  lang: Lang,
  options: CiteOptions = {},
): CitedText {
  if (facts.length === 0) return { text: '', html: '' };
  const blocks = factListBlocks(pack, facts, format, lang, accessedOf(options));
  if (options.page) blocks.push({ type: 'p', lines: [pageLine(options.page, lang, format)] });
  return render(blocks, format);
}

/** A source's reference alone in `format` (for source lists). */
export function citeSource(
  source: Source,
  format: CitationFormat,
  lang: Lang,
  options: CiteOptions = {},
): CitedText {
  const ref = referenceInlines(source, format, lang, accessedOf(options));
  return render([{ type: 'p', lines: [format === 'plain' ? [...ref, '.'] : ref] }], format);
}
