/** The words citations use, in each UI language (kept here, not in the locale catalogs, so the
 * pure citation code needs no translator and runs the same in tests, popup and content script). */
import type { Lang } from '../facts/types';
import type { CitationFormat } from '../settings/schema';

interface Words {
  /** Before the fact's as-of day: "(As of February 19, 2021.)". */
  asOf: string;
  source: string;
  sources: string;
  seenIn: string;
  /** MLA's access date: "Accessed 5 Mar. 2026." */
  mlaAccessed: string;
  note: string;
  article: string;
  published: string;
  accessed: string;
  context: string;
  contextText: (title: string, version: string, reviewed: string) => string;
  facts: string;
  noFacts: string;
  /** The heading over a list of references, as each style names it. */
  heading: Record<CitationFormat, string>;
}

export const WORDS: Record<Lang, Words> = {
  en: {
    asOf: 'As of',
    source: 'Source',
    sources: 'Sources',
    seenIn: 'Seen in',
    mlaAccessed: 'Accessed',
    note: 'Reading note',
    article: 'Article',
    published: 'Published',
    accessed: 'Accessed',
    context: 'Context',
    contextText: (title, version, reviewed) =>
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
    mlaAccessed: 'Consultado el',
    note: 'Nota de lectura',
    article: 'Artículo',
    published: 'Publicado',
    accessed: 'Consultado',
    context: 'Contexto',
    contextText: (title, version, reviewed) =>
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
};
