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
import { formatDay } from './dates';
import {
  blocksHtml,
  blocksText,
  labelledLink,
  richInlines,
  type Block,
  type Inline,
} from './markup';
import { referenceInlines } from './references';

/** The two clipboard payloads: `text` for text/plain, `html` for text/html. */
export interface CitedText {
  text: string;
  html: string;
}

export interface CiteOptions {
  /** The "accessed" day for styles that use it (MLA) and the reading note (default: today). */
  accessed?: Date;
  /** Adds a "Seen in: <article>" line (ignored by `readingNote`, which names its page itself). */
  page?: { title: string; url: string };
}

const WORDS = {
  en: {
    asOf: 'As of',
    source: 'Source',
    sources: 'Sources',
    seenIn: 'Seen in',
    note: 'Reading note',
    article: 'Article',
    published: 'Published',
    accessed: 'Accessed',
    context: 'Context',
    contextText: (title: string, version: string, reviewed: string) =>
      `Factmark fact pack “${title}”, version ${version}, reviewed ${reviewed}`,
    facts: 'Facts',
    noFacts: 'No facts from the fact pack were used on this page.',
    heading: {
      plain: 'Sources',
      markdown: 'Sources',
      apa: 'References',
      mla: 'Works Cited',
      chicago: 'Bibliography',
    },
  },
  es: {
    asOf: 'Información al',
    source: 'Fuente',
    sources: 'Fuentes',
    seenIn: 'Visto en',
    note: 'Nota de lectura',
    article: 'Artículo',
    published: 'Publicado',
    accessed: 'Consultado',
    context: 'Contexto',
    contextText: (title: string, version: string, reviewed: string) =>
      `paquete de datos de Factmark “${title}”, versión ${version}, revisado el ${reviewed}`,
    facts: 'Datos',
    noFacts: 'En esta página no se usó ningún dato del paquete.',
    heading: {
      plain: 'Fuentes',
      markdown: 'Fuentes',
      apa: 'Referencias',
      mla: 'Obras citadas',
      chicago: 'Bibliografía',
    },
  },
} satisfies Record<Lang, unknown>;

/** Untrusted page strings (titles, URLs) on one line, so they cannot break the layout. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const render = (blocks: Block[], format: CitationFormat | 'markdown'): CitedText => ({
  text: blocksText(blocks, format === 'markdown' ? 'markdown' : 'plain'),
  html: blocksHtml(blocks),
});

/** The fact's statement followed by "(As of <date>.)". */
function factLine(fact: Fact, lang: Lang): Inline[] {
  return [...richInlines(fact.text[lang]), ` (${WORDS[lang].asOf} ${formatDay(fact.asOf, lang)}.)`];
}

function pageLine(
  page: { title: string; url: string },
  lang: Lang,
  format: CitationFormat,
): Inline[] {
  const title = oneLine(page.title);
  const url = oneLine(page.url);
  const label = `${WORDS[lang].seenIn}: `;
  return format === 'markdown'
    ? [label, ...labelledLink(title, url)]
    : [label, title ? `${title}, ` : '', { href: url, children: [url] }];
}

const accessedOf = (options: CiteOptions) => options.accessed ?? new Date();

/** One fact with its citation in `format` and `lang`. */
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
    blocks.push({ type: 'p', lines: [[...factLine(fact, lang), ` ${label}: `, ...joined, '.']] });
  } else {
    blocks.push({ type: 'p', lines: [factLine(fact, lang)] });
    if (format === 'markdown' && fact.quote)
      blocks.push({ type: 'quote', content: quoteLine(fact.quote) });
    // Markdown joins the lines of a paragraph, so each of its references is a paragraph of its own.
    if (format === 'markdown') {
      blocks.push(...refs.map((ref): Block => ({ type: 'p', lines: [['— ', ...ref]] })));
    } else blocks.push({ type: 'p', lines: refs });
  }
  if (options.page) blocks.push({ type: 'p', lines: [pageLine(options.page, lang, format)] });
  return render(blocks, format);
}

/** `DHS: “…”`, the speaker capitalized as it starts the line. Quotes stay in their own language. */
function quoteLine(quote: NonNullable<Fact['quote']>): Inline[] {
  const by = quote.by.charAt(0).toUpperCase() + quote.by.slice(1);
  return [`${by}: “${quote.text}”`];
}

/**
 * The facts as a list, each followed by the numbers of its sources ("[1, 2]"), then the sources
 * once each, numbered in order of first use, in `format` under the style's heading ("References",
 * "Works Cited"…). Empty payloads for no facts.
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

function factListBlocks(
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
    return [...factLine(fact, lang), ' ', { refs }];
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

/**
 * A reading note in Markdown (`text`) and the equivalent HTML: the page's title and address, its
 * publication day when known, the day read, the fact pack used, then the facts with numbered
 * Markdown references.
 */
export function readingNote(
  pack: FactPack,
  facts: readonly Fact[],
  page: { title: string; url: string; published?: string },
  lang: Lang,
  options: CiteOptions = {},
): CitedText {
  const words = WORDS[lang];
  const title = oneLine(page.title);
  const url = oneLine(page.url);
  const meta: Inline[][] = [[`${words.article}: `, ...labelledLink(title, url)]];
  if (page.published?.trim())
    meta.push([`${words.published}: ${formatDay(oneLine(page.published), lang)}`]);
  meta.push([`${words.accessed}: ${formatDay(accessedOf(options), lang)}`]);
  meta.push([
    `${words.context}: ${words.contextText(pack.title[lang], pack.version, formatDay(pack.reviewed, lang))}`,
  ]);
  const blocks: Block[] = [
    { type: 'heading', level: 2, content: [`${words.note}: ${title || url}`] },
    { type: 'list', ordered: false, items: meta },
    { type: 'heading', level: 3, content: [words.facts] },
    ...(facts.length > 0
      ? factListBlocks(pack, facts, 'markdown', lang, accessedOf(options))
      : [{ type: 'p', lines: [[words.noFacts]] } satisfies Block]),
  ];
  return render(blocks, 'markdown');
}

/** A source's reference alone in `format` (for source lists). */
export function citeSource(
  source: Source,
  format: CitationFormat,
  lang: Lang,
  options: CiteOptions = {},
): CitedText {
  const ref = referenceInlines(source, format, lang, accessedOf(options));
  const line = format === 'plain' ? [...ref, '.'] : ref;
  return render([{ type: 'p', lines: [line] }], format);
}
