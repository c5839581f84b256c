import type { CitationFormat } from '../settings/schema';

/** Display names of the citation formats (proper names: the same in both languages). */
export const FORMAT_NAMES: Record<CitationFormat, string> = {
  plain: 'Plain text',
  markdown: 'Markdown',
  apa: 'APA',
  mla: 'MLA',
  chicago: 'Chicago',
};
