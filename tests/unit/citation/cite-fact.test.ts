import { describe, expect, it } from 'vitest';
import { citeFact, citeSource } from '../../../lib/citation';
import { factById, sourceById } from '../../../lib/facts/accessors';
import { pack } from '../../../lib/facts/pack';
import type { Lang } from '../../../lib/facts/types';
import type { CitationFormat } from '../../../lib/settings/schema';

const fact = (id: string) => factById(pack, id) ?? expect.fail(`no fact ${id}`);
const accessed = new Date(2026, 2, 5); // March 5, 2026, local time

// One source (an NGO's page), with a quote.
const ATTACKS = {
  en:
    'As of February 19, 2021, Human Rights First counted at least 1,544 publicly reported cases of ' +
    'murder, rape, torture, kidnapping and other violent assaults against people the Trump ' +
    'administration returned to Mexico under the policy. In 341 of them, children were kidnapped ' +
    'or nearly kidnapped. (As of February 19, 2021.)',
  es:
    'Al 19 de febrero de 2021, Human Rights First contabilizaba al menos 1544 casos denunciados ' +
    'públicamente de asesinato, violación, tortura, secuestro y otras agresiones violentas contra ' +
    'personas que el gobierno de Trump devolvió a México con esta política. En 341 de esos casos, ' +
    'niños fueron secuestrados o estuvieron a punto de serlo. (Información al 19 de febrero de 2021.)',
};
const HRF_TITLE = 'Delivered to Danger: Remain in Mexico (campaign page and attack tracker)';
const HRF_URL = 'https://www.humanrightsfirst.org/campaign/remain-mexico';

// Two sources (the Court's PDF and a mirror), rich text with an italic case name.
const BIDEN = {
  en:
    'In Biden v. Texas (June 30, 2022), the Supreme Court ruled 5-4 that ending the policy did not ' +
    'violate section 1225 of the Immigration and Nationality Act and that DHS’s October 2021 ' +
    'termination memos were final agency action. Chief Justice Roberts wrote for the majority. The ' +
    'Court held that DHS could end the policy; it did not rule the policy illegal or order it ended. ' +
    '(As of June 30, 2022.)',
  es:
    'En Biden v. Texas (30 de junio de 2022), la Corte Suprema resolvió por 5-4 que poner fin a la ' +
    'política no violaba el artículo 1225 de la Ley de Inmigración y Nacionalidad y que los ' +
    'memorandos de terminación del DHS de octubre de 2021 eran una acción definitiva de la agencia. ' +
    'El presidente de la Corte, John Roberts, redactó la opinión mayoritaria. La Corte sostuvo que ' +
    'el DHS podía poner fin a la política; no la declaró ilegal ni ordenó su terminación. ' +
    '(Información al 30 de junio de 2022.)',
};
const SCOTUS_TITLE = 'Biden v. Texas, 597 U.S. 785 (2022), opinion of the Court';
const SCOTUS_URL = 'https://www.supremecourt.gov/opinions/21pdf/21-954_7l48.pdf';
const VLEX_URL = 'https://case-law.vlex.com/vid/biden-v-texas-932120148';

type Row = [CitationFormat, Lang, string];

describe('citeFact, one source with a quote (hrf-attacks-1544), text payload', () => {
  it.each<Row>([
    [
      'plain',
      'en',
      `${ATTACKS.en} Source: Human Rights First, “${HRF_TITLE}”, February 19, 2021, ${HRF_URL}.`,
    ],
    [
      'plain',
      'es',
      `${ATTACKS.es} Fuente: Human Rights First, “${HRF_TITLE}”, 19 de febrero de 2021, ${HRF_URL}.`,
    ],
    [
      'markdown',
      'en',
      `${ATTACKS.en}\n\n` +
        '> Human Rights First: “As of February 19, 2021, there are at least 1,544 publicly reported ' +
        'cases of murder, rape, torture, kidnapping, and other violent assaults”\n\n' +
        `— [${HRF_TITLE}](${HRF_URL}), Human Rights First, February 19, 2021`,
    ],
    [
      'markdown',
      'es',
      `${ATTACKS.es}\n\n` +
        '> Human Rights First: “As of February 19, 2021, there are at least 1,544 publicly reported ' +
        'cases of murder, rape, torture, kidnapping, and other violent assaults”\n\n' +
        `— [${HRF_TITLE}](${HRF_URL}), Human Rights First, 19 de febrero de 2021`,
    ],
    [
      'apa',
      'en',
      `${ATTACKS.en}\n\nHuman Rights First. (2021, February 19). ${HRF_TITLE}. ${HRF_URL}`,
    ],
    [
      'apa',
      'es',
      `${ATTACKS.es}\n\nHuman Rights First. (2021, 19 de febrero). ${HRF_TITLE}. ${HRF_URL}`,
    ],
    [
      'mla',
      'en',
      `${ATTACKS.en}\n\n${HRF_TITLE}. Human Rights First, 19 Feb. 2021, ${HRF_URL}. ` +
        'Accessed 5 Mar. 2026.',
    ],
    [
      'mla',
      'es',
      `${ATTACKS.es}\n\n${HRF_TITLE}. Human Rights First, 19 de febrero de 2021, ${HRF_URL}. ` +
        'Consultado el 5 de marzo de 2026.',
    ],
    [
      'chicago',
      'en',
      `${ATTACKS.en}\n\nHuman Rights First. ${HRF_TITLE}. February 19, 2021. ${HRF_URL}.`,
    ],
    [
      'chicago',
      'es',
      `${ATTACKS.es}\n\nHuman Rights First. ${HRF_TITLE}. 19 de febrero de 2021. ${HRF_URL}.`,
    ],
  ])('%s in %s', (format, lang, expected) => {
    expect(citeFact(pack, fact('hrf-attacks-1544'), format, lang, { accessed }).text).toBe(
      expected,
    );
  });
});

describe('citeFact, two sources and rich text (biden-v-texas-2022), text payload', () => {
  it.each<Row>([
    [
      'plain',
      'en',
      `${BIDEN.en} Sources: Supreme Court of the United States, “${SCOTUS_TITLE}”, June 30, 2022, ` +
        `${SCOTUS_URL}; vLex, “Biden v. Texas (opinion text)”, June 30, 2022, ${VLEX_URL}.`,
    ],
    [
      'plain',
      'es',
      `${BIDEN.es} Fuentes: Supreme Court of the United States, “${SCOTUS_TITLE}”, 30 de junio de ` +
        `2022, ${SCOTUS_URL}; vLex, “Biden v. Texas (opinion text)”, 30 de junio de 2022, ${VLEX_URL}.`,
    ],
    [
      'markdown',
      'en',
      BIDEN.en.replace('Biden v. Texas', '*Biden v. Texas*') +
        `\n\n— [${SCOTUS_TITLE}](${SCOTUS_URL}), Supreme Court of the United States, June 30, 2022` +
        `\n\n— [Biden v. Texas (opinion text)](${VLEX_URL}), vLex, June 30, 2022`,
    ],
    [
      'markdown',
      'es',
      BIDEN.es.replace('Biden v. Texas', '*Biden v. Texas*') +
        `\n\n— [${SCOTUS_TITLE}](${SCOTUS_URL}), Supreme Court of the United States, 30 de junio de 2022` +
        `\n\n— [Biden v. Texas (opinion text)](${VLEX_URL}), vLex, 30 de junio de 2022`,
    ],
    [
      'apa',
      'en',
      `${BIDEN.en}\n\nSupreme Court of the United States. (2022, June 30). ${SCOTUS_TITLE}. ` +
        `${SCOTUS_URL}\nvLex. (2022, June 30). Biden v. Texas (opinion text). ${VLEX_URL}`,
    ],
    [
      'apa',
      'es',
      `${BIDEN.es}\n\nSupreme Court of the United States. (2022, 30 de junio). ${SCOTUS_TITLE}. ` +
        `${SCOTUS_URL}\nvLex. (2022, 30 de junio). Biden v. Texas (opinion text). ${VLEX_URL}`,
    ],
    [
      'mla',
      'en',
      `${BIDEN.en}\n\n${SCOTUS_TITLE}. Supreme Court of the United States, 30 June 2022, ` +
        `${SCOTUS_URL}. Accessed 5 Mar. 2026.\nBiden v. Texas (opinion text). vLex, 30 June 2022, ` +
        `${VLEX_URL}. Accessed 5 Mar. 2026.`,
    ],
    [
      'mla',
      'es',
      `${BIDEN.es}\n\n${SCOTUS_TITLE}. Supreme Court of the United States, 30 de junio de 2022, ` +
        `${SCOTUS_URL}. Consultado el 5 de marzo de 2026.\nBiden v. Texas (opinion text). vLex, ` +
        `30 de junio de 2022, ${VLEX_URL}. Consultado el 5 de marzo de 2026.`,
    ],
    [
      'chicago',
      'en',
      `${BIDEN.en}\n\nSupreme Court of the United States. ${SCOTUS_TITLE}. June 30, 2022. ` +
        `${SCOTUS_URL}.\nvLex. Biden v. Texas (opinion text). June 30, 2022. ${VLEX_URL}.`,
    ],
    [
      'chicago',
      'es',
      `${BIDEN.es}\n\nSupreme Court of the United States. ${SCOTUS_TITLE}. 30 de junio de 2022. ` +
        `${SCOTUS_URL}.\nvLex. Biden v. Texas (opinion text). 30 de junio de 2022. ${VLEX_URL}.`,
    ],
  ])('%s in %s', (format, lang, expected) => {
    expect(citeFact(pack, fact('biden-v-texas-2022'), format, lang, { accessed }).text).toBe(
      expected,
    );
  });
});

// News articles follow each style's rules for articles without a personal author.
describe('citeSource, a news article (kpbs-2019-tijuana)', () => {
  const kpbs = sourceById(pack, 'kpbs-2019-tijuana') ?? expect.fail('no source');
  const title = 'Asylum-Seeker Sent Back To Mexico Is Killed In Tijuana';
  const url =
    'https://www.kpbs.org/news/2019/dec/13/asylum-seeker-sent-back-mexico-murdered-tijuana/';
  it.each<[CitationFormat, Lang, string, string]>([
    [
      'plain',
      'en',
      `KPBS, “${title}”, December 13, 2019, ${url}.`,
      `KPBS, “${title}”, December 13, 2019, <a href="${url}">${url}</a>.`,
    ],
    [
      'markdown',
      'es',
      `[${title}](${url}), KPBS, 13 de diciembre de 2019`,
      `<a href="${url}">${title}</a>, KPBS, 13 de diciembre de 2019`,
    ],
    [
      'apa',
      'en',
      `${title}. (2019, December 13). KPBS. ${url}`,
      `<i>${title}</i>. (2019, December 13). KPBS. <a href="${url}">${url}</a>`,
    ],
    [
      'apa',
      'es',
      `${title}. (2019, 13 de diciembre). KPBS. ${url}`,
      `<i>${title}</i>. (2019, 13 de diciembre). KPBS. <a href="${url}">${url}</a>`,
    ],
    [
      'mla',
      'en',
      `“${title}.” KPBS, 13 Dec. 2019, ${url}. Accessed 5 Mar. 2026.`,
      `“${title}.” <i>KPBS</i>, 13 Dec. 2019, <a href="${url}">${url}</a>. Accessed 5 Mar. 2026.`,
    ],
    [
      'chicago',
      'en',
      `KPBS. “${title}.” December 13, 2019. ${url}.`,
      `KPBS. “${title}.” December 13, 2019. <a href="${url}">${url}</a>.`,
    ],
    [
      'chicago',
      'es',
      `KPBS. “${title}.” 13 de diciembre de 2019. ${url}.`,
      `KPBS. “${title}.” 13 de diciembre de 2019. <a href="${url}">${url}</a>.`,
    ],
  ])('%s in %s', (format, lang, text, html) => {
    expect(citeSource(kpbs, format, lang, { accessed })).toEqual({ text, html: `<p>${html}</p>` });
  });
});

describe('quotation marks inside titles', () => {
  const release = sourceById(pack, 'hrf-2023-mexico-supreme-court-release') ?? expect.fail('none');

  it('become single quotes when the title is itself quoted (plain)', () => {
    expect(citeSource(release, 'plain', 'en', { accessed }).text).toContain(
      '“Human Rights First Urges Mexican Supreme Court to Find ‘Remain in Mexico’ Illegal”',
    );
  });

  it('stay double when the title is set in italics (APA)', () => {
    expect(citeSource(release, 'apa', 'en', { accessed }).html).toContain(
      '<i>Human Rights First Urges Mexican Supreme Court to Find “Remain in Mexico” Illegal</i>.',
    );
  });
});

describe('citeFact, HTML payload', () => {
  it('keeps the italic case name, sets standalone titles in italics and links every URL', () => {
    expect(citeFact(pack, fact('biden-v-texas-2022'), 'apa', 'en', { accessed }).html).toBe(
      `<p>${BIDEN.en.replace('Biden v. Texas', '<em>Biden v. Texas</em>')}</p>` +
        `<p>Supreme Court of the United States. (2022, June 30). <i>${SCOTUS_TITLE}</i>. ` +
        `<a href="${SCOTUS_URL}">${SCOTUS_URL}</a><br>vLex. (2022, June 30). ` +
        `<i>Biden v. Texas (opinion text)</i>. <a href="${VLEX_URL}">${VLEX_URL}</a></p>`,
    );
  });

  it('turns the Markdown quote into a blockquote and the references into linked titles', () => {
    const { html } = citeFact(pack, fact('ninth-circuit-2020'), 'markdown', 'en', { accessed });
    expect(html).toContain(
      '<blockquote>The Ninth Circuit: “The district court entered a preliminary injunction setting ' +
        'aside the MPP, and the Government appealed. We affirm.”</blockquote>',
    );
    expect(html).toContain(
      '<p>— <a href="https://case-law.vlex.com/vid/innovation-law-lab-v-890761820">' +
        'Innovation Law Lab v. Wolf, 951 F.3d 1073 (9th Cir. 2020) (opinion text)</a>, vLex, ' +
        'February 28, 2020</p>',
    );
  });
});

describe('the "seen in" line', () => {
  const page = { title: 'Trump revives “Remain in Mexico”', url: 'https://news.example/story' };

  it.each<[CitationFormat, Lang, string]>([
    ['plain', 'en', 'Seen in: Trump revives “Remain in Mexico”, https://news.example/story'],
    ['apa', 'es', 'Visto en: Trump revives “Remain in Mexico”, https://news.example/story'],
    ['markdown', 'en', 'Seen in: [Trump revives “Remain in Mexico”](https://news.example/story)'],
  ])('ends the %s citation in %s', (format, lang, line) => {
    const { text } = citeFact(pack, fact('hrf-attacks-1544'), format, lang, { accessed, page });
    expect(text.endsWith(`\n\n${line}`)).toBe(true);
  });
});

describe('the accessed date', () => {
  it('defaults to today', () => {
    const today = new Date();
    const { text } = citeFact(pack, fact('hrf-attacks-1544'), 'mla', 'en');
    expect(text).toMatch(new RegExp(`Accessed ${today.getDate()} \\S+ ${today.getFullYear()}\\.$`));
  });
});

describe('punctuation at the end of titles', () => {
  const kpbs = sourceById(pack, 'kpbs-2019-tijuana') ?? expect.fail('no source');

  it.each<[string, string, CitationFormat, string]>([
    ['a question mark replaces the period', 'Where now?', 'mla', '“Where now?” <i>KPBS</i>'],
    ['a question mark ends an italic title', 'Where now?', 'apa', '<i>Where now?</i> (2019'],
    [
      'a closing inner quote takes the period inside',
      'Ends on “Remain in Mexico”',
      'chicago',
      'KPBS. “Ends on ‘Remain in Mexico.’” December',
    ],
    [
      'an inner quote ending in a period gets no second one',
      'Under “Remain in Mexico.”',
      'mla',
      '“Under ‘Remain in Mexico.’” <i>KPBS</i>',
    ],
  ])('%s (%j, %s)', (_, title, format, expected) => {
    expect(citeSource({ ...kpbs, title }, format, 'en', { accessed }).html).toContain(expected);
  });

  it('nests double quotes inside an attributed Markdown quote', () => {
    const { text } = citeFact(pack, fact('names-before-official'), 'markdown', 'en', { accessed });
    expect(text).toContain(
      '> The Hill: “the incoming administration accepted the plan, called ‘Remain in Mexico,’”',
    );
  });
});
