import { describe, expect, it } from 'vitest';
import { citeFacts, readingNote } from '../../../lib/citation';
import { factById } from '../../../lib/facts/accessors';
import { pack } from '../../../lib/facts/pack';

const fact = (id: string) => factById(pack, id) ?? expect.fail(`no fact ${id}`);
const accessed = new Date(2026, 2, 5);
const HRF = 'https://www.humanrightsfirst.org/campaign/remain-mexico';
const HRF_TITLE = 'Delivered to Danger: Remain in Mexico (campaign page and attack tracker)';

// Two facts resting on the same Human Rights First page, and one with two court sources.
const facts = [
  fact('hrf-attacks-1544'),
  fact('biden-v-texas-2022'),
  fact('representation-hrf-2021'),
];

describe('citeFacts', () => {
  it('numbers sources by first use, shares numbers between facts and lists each source once', () => {
    const { text } = citeFacts(pack, facts, 'chicago', 'en', { accessed });
    const [list, heading, references] = text.split('\n\n');
    expect(list!.split('\n').map((line) => /\[[\d, ]+\]$/.exec(line)?.[0])).toEqual([
      '[1]',
      '[2, 3]',
      '[1]',
    ]);
    expect(heading).toBe('Bibliography');
    expect(references!.split('\n')).toEqual([
      `1. Human Rights First. ${HRF_TITLE}. February 19, 2021. ${HRF}.`,
      '2. Supreme Court of the United States. Biden v. Texas, 597 U.S. 785 (2022), opinion of the ' +
        'Court. June 30, 2022. https://www.supremecourt.gov/opinions/21pdf/21-954_7l48.pdf.',
      '3. vLex. Biden v. Texas (opinion text). June 30, 2022. ' +
        'https://case-law.vlex.com/vid/biden-v-texas-932120148.',
    ]);
  });

  it.each([
    ['plain', 'en', 'Sources'],
    ['markdown', 'es', '**Fuentes**'],
    ['apa', 'en', 'References'],
    ['apa', 'es', 'Referencias'],
    ['mla', 'en', 'Works Cited'],
    ['mla', 'es', 'Obras citadas'],
    ['chicago', 'es', 'Bibliografía'],
  ] as const)('heads the %s references in %s with "%s"', (format, lang, heading) => {
    expect(citeFacts(pack, facts, format, lang, { accessed }).text.split('\n\n')[1]).toBe(heading);
  });

  it('gives empty payloads for no facts', () => {
    expect(citeFacts(pack, [], 'apa', 'en')).toEqual({ text: '', html: '' });
  });
});

describe('readingNote', () => {
  const page = {
    title: 'Trump revives “Remain in Mexico”',
    url: 'https://news.example/2025/01/remain',
    published: '2025-01-22T14:05:00Z',
  };

  it('is Markdown: title, article facts, the facts with numbered references, then the sources', () => {
    const { text } = readingNote(pack, facts.slice(0, 2), page, 'en', { accessed });
    expect(text.split('\n\n')).toEqual([
      '## Reading note: Trump revives “Remain in Mexico”',
      [
        '- Article: [Trump revives “Remain in Mexico”](https://news.example/2025/01/remain)',
        '- Published: January 22, 2025',
        '- Accessed: March 5, 2026',
        '- Context: Factmark fact pack “Remain in Mexico (Migrant Protection Protocols)”, ' +
          'version 1.0.0, reviewed November 28, 2026',
      ].join('\n'),
      '### Facts',
      expect.stringMatching(
        /^- As of February 19, 2021, .* \[1\]\n- In \*Biden v\. Texas\* .* \[2, 3\]$/,
      ),
      '**Sources**',
      [
        `1. [${HRF_TITLE}](${HRF}), Human Rights First, February 19, 2021`,
        '2. [Biden v. Texas, 597 U.S. 785 (2022), opinion of the Court]' +
          '(https://www.supremecourt.gov/opinions/21pdf/21-954_7l48.pdf), Supreme Court of the ' +
          'United States, June 30, 2022',
        '3. [Biden v. Texas (opinion text)](https://case-law.vlex.com/vid/biden-v-texas-932120148), ' +
          'vLex, June 30, 2022',
      ].join('\n'),
    ]);
  });

  it('has the same structure in HTML', () => {
    const { html } = readingNote(pack, facts.slice(0, 2), page, 'es', { accessed });
    expect(html.match(/<(h2|h3|ul|ol|li|p)>/g)).toEqual([
      '<h2>',
      '<ul>',
      ...['<li>', '<li>', '<li>', '<li>'],
      '<h3>',
      '<ul>',
      ...['<li>', '<li>'],
      '<p>',
      '<ol>',
      ...['<li>', '<li>', '<li>'],
    ]);
    expect(html).toContain('<h2>Nota de lectura: Trump revives “Remain in Mexico”</h2>');
    expect(html).toContain('<li>Publicado: 22 de enero de 2025</li>');
    expect(html).toContain('<h3>Datos</h3>');
  });

  it('leaves out an unknown publication day and says when no facts were used', () => {
    const { text } = readingNote(pack, [], { title: 'T', url: 'https://a.example/' }, 'es', {
      accessed,
    });
    expect(text).not.toContain('Publicado');
    expect(text.endsWith('### Datos\n\nEn esta página no se usó ningún dato del paquete.')).toBe(
      true,
    );
  });

  it('shows a publication date it cannot read as given', () => {
    const { text } = readingNote(pack, [], { ...page, published: 'Jan. 22, 2025' }, 'en', {
      accessed,
    });
    expect(text).toContain('- Published: Jan. 22, 2025\n');
  });
});
