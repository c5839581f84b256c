/**
 * Labelled real-world phrasings for the mention matcher, grouped by theme. The sentences are
 * written in the styles of the coverage they are labelled with (wire copy, headlines, Spanish
 * press, Ontario politics, solar reviews…); short quotes marked "(F62)" etc. are from the research
 * notes in /work/shared/research/facts.md.
 *
 * Each case: blocks (+ page context and options when needed) → the mentions expected, in order,
 * as [text, nameId, reason, block?] where reason is 'name', 'styled:<how>' or 'context:<scope>'.
 */
import type { MatcherOptions } from '@/lib/matching';

export type Expected = readonly [text: string, nameId: string, reason: string, block?: number];

export interface Case {
  label: string;
  blocks: readonly (string | { text: string; lang?: string })[];
  page?: { lang?: string; title?: string; description?: string; text?: string };
  options?: MatcherOptions;
  expect: readonly Expected[];
}

export interface Theme {
  theme: string;
  /** 'en' or 'es': the language of the theme's text. */
  lang: 'en' | 'es';
  cases: readonly Case[];
}

const RIM = 'remain-in-mexico';
const MPP = 'mpp';
const OFFICIAL = 'migrant-protection-protocols';
const QUEDATE = 'quedate-en-mexico';
const PROTOCOLOS = 'protocolos-de-proteccion-a-migrantes';

/** A page about the policy: used where an ambiguous form needs page-level evidence. */
const POLICY_PAGE = {
  title: 'Trump revives Remain in Mexico policy for asylum seekers',
  text: 'DHS said asylum seekers will wait in Tijuana and Ciudad Juárez for immigration court hearings.',
};

export const themes: readonly Theme[] = [
  {
    theme: 'English wire copy and reports (positives)',
    lang: 'en',
    cases: [
      {
        label: 'The Hill 2018: plan called “Remain in Mexico,” (F70)',
        blocks: [
          'The incoming administration accepted the plan, called “Remain in Mexico,” officials said.',
        ],
        expect: [['Remain in Mexico', RIM, 'styled:known-as']],
      },
      {
        label: 'HRW 2019: official name plus colloquial name (F76)',
        blocks: [
          'The program, named the “Migrant Protection Protocols” (MPP) by the US government but known colloquially as “Remain in Mexico,” sends asylum seekers back.',
        ],
        expect: [
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
          ['MPP', MPP, 'context:paragraph'],
          ['Remain in Mexico', RIM, 'styled:known-as'],
        ],
      },
      {
        label: 'AP style: the Remain in Mexico policy',
        blocks: [
          'The Supreme Court on Thursday ruled that the Biden administration can end the Remain in Mexico policy.',
        ],
        expect: [['Remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Reuters style: program officially known as MPP',
        blocks: [
          'The program, officially known as the Migrant Protection Protocols, forced more than 60,000 asylum seekers to wait in Mexico.',
        ],
        expect: [['Migrant Protection Protocols', OFFICIAL, 'name']],
      },
      {
        label: 'Lower-case program name with policy noun',
        blocks: ['Lawyers say the remain in Mexico program left families stranded in Matamoros.'],
        expect: [['remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Title-case name mid-sentence',
        blocks: ['Thousands were sent back under Remain in Mexico before the courts intervened.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Sentence-initial name followed by a verb',
        blocks: ['Remain in Mexico was first announced in December 2018.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Sentence-initial name as subject after a period',
        blocks: ['The policy changed everything. Remain in Mexico required people to wait months.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'so-called remain in Mexico (lower case)',
        blocks: ['Critics of the so-called remain in Mexico rule filed suit in San Francisco.'],
        expect: [['remain in Mexico', RIM, 'styled:known-as']],
      },
      {
        label: 'known as remain in Mexico',
        blocks: ['The measure, known as remain in Mexico, was reinstated by court order.'],
        expect: [['remain in Mexico', RIM, 'styled:known-as']],
      },
      {
        label: 'dubbed Remain in Mexico',
        blocks: ['A policy dubbed Remain in Mexico took effect in January 2019.'],
        expect: [['Remain in Mexico', RIM, 'styled:known-as']],
      },
      {
        label: 'Remain in Mexico 2.0 (version label)',
        blocks: ['Advocates warn that Remain in Mexico 2.0 repeats the same mistakes.'],
        expect: [['Remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'TRAC: Migration Protection Protocols variant (F71)',
        blocks: ['Migration Protection Protocols (MPP), also known as "Remain in Mexico."'],
        expect: [
          ['Migration Protection Protocols', 'migration-protection-protocols', 'name'],
          ['MPP', MPP, 'context:paragraph'],
          ['Remain in Mexico', RIM, 'styled:known-as'],
        ],
      },
      {
        label: 'DHS singular: the Migrant Protection Protocol',
        blocks: ['Under the Migrant Protection Protocol, individuals may be returned to Mexico.'],
        expect: [['Migrant Protection Protocol', OFFICIAL, 'name']],
      },
      {
        label: 'Official name in lower case is still the name',
        blocks: ['Enrollment in the migrant protection protocols resumed in December.'],
        expect: [['migrant protection protocols', OFFICIAL, 'name']],
      },
      {
        label: 'AP 2020: “Return to Mexico” cases (F73)',
        blocks: [
          'Barely 1% of the nearly 45,000 “Return to Mexico” cases decided through March won asylum.',
        ],
        expect: [['Return to Mexico', 'return-to-mexico', 'styled:quoted']],
      },
      {
        label: 'HRF title: Return to Mexico Policy (F73)',
        blocks: [
          'Orders from Above: Massive Abuses Under Trump Administration Return to Mexico Policy',
        ],
        expect: [['Return to Mexico', 'return-to-mexico', 'styled:policy-noun']],
      },
      {
        label: 'Translation: program also known as “Stay in Mexico” (F74)',
        blocks: ['A program also known as “Stay in Mexico” and established by Donald Trump.'],
        expect: [['Stay in Mexico', 'stay-in-mexico', 'styled:known-as']],
      },
      {
        label: 'Law-firm blog: better known as “stay in Mexico,” (F74)',
        blocks: [
          'Migrant Protection Protocols (MPP), better known as “stay in Mexico,” left many at risk.',
        ],
        expect: [
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
          ['MPP', MPP, 'context:paragraph'],
          ['stay in Mexico', 'stay-in-mexico', 'styled:known-as'],
        ],
      },
      {
        label: 'HRF 2019: Migrant Persecution Protocols (F75)',
        blocks: [
          'Better termed the Migrant Persecution Protocols (MPP), the policy delivers people to danger.',
        ],
        expect: [
          ['Migrant Persecution Protocols', 'migrant-persecution-protocols', 'name'],
          ['MPP', MPP, 'context:paragraph'],
        ],
      },
      {
        label: 'HRF Fatally Flawed: Remain in Mexico (RMX) (F75)',
        blocks: [
          'The court-ordered reimplementation of the Remain in Mexico (RMX) policy endangered people.',
        ],
        expect: [
          ['Remain in Mexico', RIM, 'styled:policy-noun'],
          ['RMX', 'rmx', 'context:paragraph'],
        ],
      },
      {
        label: 'Wire copy: Migrant Protection Protocols, or “Remain in Mexico”',
        blocks: [
          'The policy, formally the Migrant Protection Protocols, or “Remain in Mexico,” was revived.',
        ],
        expect: [
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
          ['Remain in Mexico', RIM, 'styled:known-as'],
        ],
      },
      {
        label: 'Policy noun after a modifier: Remain in Mexico asylum policy',
        blocks: ['The Remain in Mexico asylum policy was terminated in 2022.'],
        expect: [['Remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label:
          'Possessive determiner before the name is not needed: Trump’s remain in Mexico policy',
        blocks: ['Trump’s remain in Mexico policy is back.'],
        expect: [['remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Lower-case noun use after "end" with cues in the paragraph',
        blocks: [
          'The Supreme Court let Biden end remain in Mexico, and asylum seekers crossed to immigration court.',
        ],
        expect: [['remain in Mexico', RIM, 'context:paragraph']],
      },
      {
        label: 'Name and official name in one sentence (Biden moved to end…)',
        blocks: [
          'Biden moved to end the Remain in Mexico program, formally known as the Migrant Protection Protocols.',
        ],
        expect: [
          ['Remain in Mexico', RIM, 'styled:policy-noun'],
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
        ],
      },
      {
        label: 'Capitalised after "restart" (lawsuit copy)',
        blocks: [
          'Texas and Missouri sued to force the administration to restart Remain in Mexico.',
        ],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Under Remain in Mexico, at a sentence start after a preposition',
        blocks: ['Under Remain in Mexico, more than 70,000 people were returned.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Sentence-initial name with a relative clause',
        blocks: ['Remain in Mexico, which began in 2019, was ended by Biden.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Name inside quoted speech',
        blocks: ['“We will not accept Remain in Mexico,” the Mexican foreign minister said.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
    ],
  },
  {
    theme: 'Headlines: ALL CAPS and Title Case',
    lang: 'en',
    cases: [
      {
        label: 'ALL CAPS: BIDEN ENDS REMAIN IN MEXICO',
        blocks: ['BIDEN ENDS REMAIN IN MEXICO'],
        expect: [['REMAIN IN MEXICO', RIM, 'styled:uppercase']],
      },
      {
        label: 'ALL CAPS with POLICY',
        blocks: ['COURT ORDERS RESTART OF ‘REMAIN IN MEXICO’ POLICY'],
        expect: [['REMAIN IN MEXICO', RIM, 'styled:quoted']],
      },
      {
        label: 'ALL CAPS subject headline: REMAIN IN MEXICO IS BACK',
        blocks: ['REMAIN IN MEXICO IS BACK'],
        expect: [['REMAIN IN MEXICO', RIM, 'styled:uppercase']],
      },
      {
        label: 'ALL CAPS kicker with colon',
        blocks: ['REMAIN IN MEXICO: WHAT WE KNOW'],
        expect: [['REMAIN IN MEXICO', RIM, 'styled:uppercase']],
      },
      {
        label: 'ALL CAPS verb phrase after TO is not a name without context',
        blocks: ['FAMILIES FORCED TO REMAIN IN MEXICO'],
        expect: [],
      },
      {
        label: 'ALL CAPS verb phrase after TO on a policy page is accepted on page cues',
        blocks: ['FAMILIES FORCED TO REMAIN IN MEXICO'],
        page: POLICY_PAGE,
        expect: [['REMAIN IN MEXICO', RIM, 'context:page']],
      },
      {
        label: 'Title Case: Judge Blocks Remain in Mexico',
        blocks: ['Federal Judge Blocks Remain in Mexico'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Title Case: Trump Revives Remain in Mexico',
        blocks: ['Trump Revives Remain in Mexico for Asylum Seekers'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Title Case: Asylum Seekers Remain in Mexico (verb) is not a name',
        blocks: ['Asylum Seekers Remain in Mexico as Hearings Drag On'],
        expect: [],
      },
      {
        label: 'Title Case: Migrants Must Remain in Mexico (verb guard)',
        blocks: ['Migrants Must Remain in Mexico While Cases Proceed'],
        expect: [],
      },
      {
        label: 'Title Case travel: Enjoy Your Stay in Mexico',
        blocks: ['How to Enjoy Your Stay in Mexico on a Budget'],
        expect: [],
      },
      {
        label: 'Title Case travel: Safe Stay in Mexico',
        blocks: ['Ten Tips for a Safe Stay in Mexico This Winter'],
        expect: [],
      },
      {
        label: 'Title Case music: Triumphant Return to Mexico',
        blocks: ['Band Announces Triumphant Return to Mexico'],
        expect: [],
      },
      {
        label: 'Capitalised noun mid-sentence: the Return to Mexico tour',
        blocks: ['The Return to Mexico tour kicks off in June.'],
        expect: [],
      },
      {
        label: 'Capitalised noun as subject: Return to Mexico was the only option',
        blocks: ['Return to Mexico was the only option left for Ana.'],
        expect: [],
      },
      {
        label: 'Capitalised Return to Mexico after "to" with asylum cues (HRF report style)',
        blocks: ['Asylum seekers subjected to Return to Mexico described attacks in Matamoros.'],
        expect: [['Return to Mexico', 'return-to-mexico', 'context:paragraph']],
      },
      {
        label: 'Sentence-case AP headline: Biden ends Remain in Mexico policy',
        blocks: ['Biden administration ends ‘Remain in Mexico’ policy'],
        expect: [['Remain in Mexico', RIM, 'styled:quoted']],
      },
      {
        label: 'Title Case with capital In: Remain In Mexico Policy Returns',
        blocks: ['Remain In Mexico Policy Returns Under Trump'],
        expect: [['Remain In Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Title Case hyphenated: The Remain-In-Mexico Program Is Back',
        blocks: ['The Remain-In-Mexico Program Is Back'],
        expect: [['Remain-In-Mexico', RIM, 'styled:hyphenated']],
      },
      {
        label: 'Explainer headline: What is MPP? The Migrant Protection Protocols explained',
        blocks: ['What is MPP? The Migrant Protection Protocols explained'],
        expect: [
          ['MPP', MPP, 'context:paragraph'],
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
        ],
      },
      {
        label: 'A bare heading "Remain in Mexico" is weak: unmarked without context',
        blocks: ['Remain in Mexico'],
        expect: [],
      },
      {
        label: 'A bare heading "Remain in Mexico" on a policy page',
        blocks: ['Remain in Mexico'],
        page: POLICY_PAGE,
        expect: [['Remain in Mexico', RIM, 'context:page']],
      },
      {
        label: 'Headline: MPP restarts in South Texas (Border Report, F72)',
        blocks: [
          'MPP restarts in South Texas, but most asylum seekers choose to wait in Mexico interior',
        ],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'Headline block without cues, page about the policy',
        blocks: ['What MPP means for families'],
        page: POLICY_PAGE,
        expect: [['MPP', MPP, 'context:page']],
      },
    ],
  },
  {
    theme: 'Verb phrases and other look-alikes (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'forced to remain in Mexico',
        blocks: ['Asylum seekers were forced to remain in Mexico until their hearing.'],
        expect: [],
      },
      {
        label: 'had to remain in Mexico',
        blocks: [
          'She had to remain in Mexico for eight months while her case moved through immigration court.',
        ],
        expect: [],
      },
      {
        label: 'will remain in Mexico',
        blocks: ['They will remain in Mexico until their hearing in El Paso.'],
        expect: [],
      },
      {
        label: 'who remain in Mexico',
        blocks: ['Families who remain in Mexico face kidnappings, DHS acknowledged.'],
        expect: [],
      },
      {
        label: 'chose to remain in Mexico',
        blocks: ['Most chose to remain in Mexico rather than go home.'],
        expect: [],
      },
      {
        label: 'remain in Mexico City',
        blocks: ['The delegation will remain in Mexico City through Friday.'],
        expect: [],
      },
      {
        label: 'Remain in Mexico City (capitalized, place)',
        blocks: ['Officials asked tourists to Remain in Mexico City hotels.'],
        expect: [],
      },
      {
        label: 'return to Mexico (verb)',
        blocks: ['Many deportees return to Mexico with nothing.'],
        expect: [],
      },
      {
        label: 'the return to Mexico of deportees (noun, not the policy)',
        blocks: ['The return to Mexico of thousands of deportees strained shelters in Tijuana.'],
        expect: [],
      },
      {
        label: 'a long stay in Mexico (travel)',
        blocks: ['Plan a long stay in Mexico with a temporary resident visa.'],
        expect: [],
      },
      {
        label: 'Stay in Mexico imperative at sentence start',
        blocks: ['Stay in Mexico for up to 180 days without a visa.'],
        expect: [],
      },
      {
        label: 'Remain in Mexico imperative in quoted speech',
        blocks: ['“Remain in Mexico until your court date,” the agent told her.'],
        expect: [],
      },
      {
        label: 'remain in Mexico’s border cities (verb + possessive place)',
        blocks: ['Thousands remain in Mexico’s border cities, waiting.'],
        expect: [],
      },
      {
        label: 'could remain in Mexico, capitalised after a modal',
        blocks: ['Officials said people could Remain in Mexico for months.'],
        expect: [],
      },
      {
        label: 'Their Return to Mexico (possessive determiner)',
        blocks: ['After Their Return to Mexico, the brothers opened a shop.'],
        expect: [],
      },
      {
        label: 'wait in Mexico is descriptive, not a name (Gap 10)',
        blocks: ['The policy forced migrants to wait in Mexico for their hearings.'],
        expect: [],
      },
      {
        label: 'New Mexico is not Mexico',
        blocks: ['Volunteers will remain in New Mexico for the summer.'],
        expect: [],
      },
      {
        label: 'migrant protection in general is not the name',
        blocks: ['The UN called for stronger migrant protection measures.'],
        expect: [],
      },
      {
        label: 'protocols alone are not the name',
        blocks: ['New protection protocols for migrants were adopted.'],
        expect: [],
      },
      {
        label: 'lower-case noun use without any cue stays unmarked',
        blocks: ['Biden tried to end remain in Mexico.'],
        expect: [],
      },
      {
        label: 'lower-case noun use with only weak cues stays unmarked',
        blocks: [
          'Mexico did not agree to take back migrants under remain in Mexico, officials said.',
        ],
        expect: [],
      },
    ],
  },
  {
    theme: 'Quotes, hyphens, spaces, line breaks, possessives',
    lang: 'en',
    cases: [
      {
        label: 'KPBS: controversial “Remain-in-Mexico” program (F72)',
        blocks: [
          'They were sent back to Mexico under the controversial “Remain-in-Mexico” program.',
        ],
        expect: [['Remain-in-Mexico', RIM, 'styled:quoted']],
      },
      {
        label: 'Border Report: restarted the remain-in-Mexico program (F72)',
        blocks: ['The U.S. government has restarted the remain-in-Mexico program in South Texas.'],
        expect: [['remain-in-Mexico', RIM, 'styled:hyphenated']],
      },
      {
        label: 'Hyphenated adjective with no noun',
        blocks: ['Her remain-in-Mexico odyssey lasted a year.'],
        expect: [['remain-in-Mexico', RIM, 'styled:hyphenated']],
      },
      {
        label: 'A line break and source indentation inside the name (indented HTML)',
        blocks: ['Reporters wrote about the Remain in\n              Mexico program in court.'],
        expect: [['Remain in\n              Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Straight double quotes',
        blocks: ['Under "remain in Mexico," people waited outdoors.'],
        expect: [['remain in Mexico', RIM, 'styled:quoted']],
      },
      {
        label: 'Single curly quotes in a headline',
        blocks: ['Court revives ‘remain in Mexico’ again'],
        expect: [['remain in Mexico', RIM, 'styled:quoted']],
      },
      {
        label: 'Straight single quotes',
        blocks: ["Judge blocks 'Remain in Mexico' restart"],
        expect: [['Remain in Mexico', RIM, 'styled:quoted']],
      },
      {
        label: 'Guillemets',
        blocks: ['Le programme « Remain in Mexico » a été rétabli.'],
        expect: [['Remain in Mexico', RIM, 'styled:quoted']],
      },
      {
        label: 'Non-breaking spaces inside the name',
        blocks: ['The Remain\u00a0in\u00a0Mexico policy is back.'],
        expect: [['Remain\u00a0in\u00a0Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Line break inside the name',
        blocks: ['The Remain in\nMexico program resumed.'],
        expect: [['Remain in\nMexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Indented HTML: a line break and spaces before the policy noun',
        blocks: ['Officials expanded the remain in Mexico\n          program last year.'],
        expect: [['remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Indented HTML: a line break before the verb after a sentence-initial name',
        blocks: ['Remain in Mexico\n        was reinstated on Jan. 21, 2025, DHS said.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Indented HTML: a line break before "City" is still Mexico City',
        blocks: ['Families waited in Remain in Mexico\n        City shelters, the report said.'],
        expect: [],
      },
      {
        label: 'Extra spaces inside the name',
        blocks: ['The Remain   in  Mexico policy is back.'],
        expect: [['Remain   in  Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Possessive: Remain in Mexico’s',
        blocks: ['Critics questioned Remain in Mexico’s legality.'],
        expect: [['Remain in Mexico', RIM, 'styled:capitalized']],
      },
      {
        label: 'Possessive: MPP’s with cues',
        blocks: ['MPP’s critics say asylum seekers were left in danger near the border.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'Possessive: Migrant Protection Protocols’',
        blocks: ['The Migrant Protection Protocols’ legacy is debated.'],
        expect: [['Migrant Protection Protocols', OFFICIAL, 'name']],
      },
      {
        label: 'Decomposed accent: Me + combining acute + xico',
        blocks: ['The Remain in Me\u0301xico program resumed.'],
        expect: [['Remain in Me\u0301xico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Accented English name: Remain in México (La Opinión, F64)',
        blocks: ['Las autoridades aplicaron el programa Remain in México a miles de personas.'],
        expect: [['Remain in México', RIM, 'styled:policy-noun']],
      },
    ],
  },
  {
    theme: 'Acronyms: definitions and context',
    lang: 'en',
    cases: [
      {
        label: 'Definition: Migrant Protection Protocols (MPP)',
        blocks: ['The Migrant Protection Protocols (MPP) began in January 2019.'],
        expect: [
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
          ['MPP', MPP, 'context:paragraph'],
        ],
      },
      {
        label: 'Reverse definition: MPP (Migrant Protection Protocols)',
        blocks: ['MPP (Migrant Protection Protocols) was announced by DHS.'],
        expect: [
          ['MPP', MPP, 'context:paragraph'],
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
        ],
      },
      {
        label: 'Definition by “or”: Protocols, or MPP',
        blocks: ['The Migrant Protection Protocols, or MPP, returned people to Mexico.'],
        expect: [
          ['Migrant Protection Protocols', OFFICIAL, 'name'],
          ['MPP', MPP, 'context:paragraph'],
        ],
      },
      {
        label: 'MPP with decisive cues in the paragraph',
        blocks: ['Under MPP, asylum seekers waited in Tijuana for immigration court.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'MPP with DHS and CBP',
        blocks: ['DHS said CBP would begin enrolling people in MPP again.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'MPP alone in a block, page about the policy',
        blocks: ['Enrollment in MPP resumed on Monday.'],
        page: POLICY_PAGE,
        expect: [['MPP', MPP, 'context:page']],
      },
      {
        label: 'MPP alone on a neutral page is not marked',
        blocks: ['Enrollment in MPP resumed on Monday.'],
        expect: [],
      },
      {
        label: 'MPP 2.0 with cues (Reuters style)',
        blocks: [
          'Three migrants were kidnapped in Nuevo Laredo under MPP 2.0, asylum lawyers said.',
        ],
        expect: [['MPP 2.0', 'mpp-2-0', 'context:paragraph']],
      },
      {
        label: 'MPP 1.0 and MPP 3.0 in one paragraph',
        blocks: [
          'MPP 1.0 returned asylum seekers to Tijuana; MPP 3.0 began after DHS announced it.',
        ],
        expect: [
          ['MPP 1.0', 'mpp-1-0', 'context:paragraph'],
          ['MPP 3.0', 'mpp-3-0', 'context:paragraph'],
        ],
      },
      {
        label: 'Name in one block supports MPP in the next (page level)',
        blocks: [
          'The Remain in Mexico policy sent asylum seekers back to Matamoros.',
          'Critics say MPP failed.',
        ],
        expect: [
          ['Remain in Mexico', RIM, 'styled:policy-noun', 0],
          ['MPP', MPP, 'context:page', 1],
        ],
      },
      {
        label: 'Plural MPPs is never this policy, even on a policy page',
        blocks: ['The MPPs met in committee.'],
        page: POLICY_PAGE,
        expect: [],
      },
      {
        label: 'RMX with HRF cues',
        blocks: ['Human Rights First tracked attacks on asylum seekers returned under RMX.'],
        expect: [['RMX', 'rmx', 'context:paragraph']],
      },
      {
        label: 'MPP with one border city (tent camp in Matamoros)',
        blocks: ['In Matamoros, a tent camp grew as MPP sent thousands across the bridge.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'MPP returnees (cue phrase containing the acronym)',
        blocks: ['Hundreds of MPP returnees waited at the El Chaparral plaza.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'enrolled in MPP and sent to Ciudad Juárez',
        blocks: ['They were enrolled in MPP and sent to Ciudad Juárez.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'One clear cue is enough in a paragraph',
        blocks: ['Under MPP, asylum seekers waited.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'MPP with no cue at all on a neutral page',
        blocks: ['The administration restarted MPP in December 2021.'],
        expect: [],
      },
      {
        label: 'Lower-case mpp is not the acronym',
        blocks: ['See trac.syr.edu/immigration/mpp for asylum data.'],
        expect: [],
      },
      {
        label: 'Remain in Mexico (MPP) in lower case with acronym beside it and cues',
        blocks: ['Asylum seekers were placed in remain in Mexico (MPP) by CBP.'],
        expect: [
          ['remain in Mexico', RIM, 'context:paragraph'],
          ['MPP', MPP, 'context:paragraph'],
        ],
      },
    ],
  },
  {
    theme: 'Spanish-language press (positives)',
    lang: 'es',
    cases: [
      {
        label:
          'La Jornada 2021: programa Protocolos de Protección a Migrantes (MPP, por sus siglas en inglés) (F62)',
        blocks: [
          'En el marco de la reanudación del programa Protocolos de Protección a Migrantes (MPP, por sus siglas en inglés), este esquema –conocido también como Quédate en México– volvió.',
        ],
        expect: [
          ['Protocolos de Protección a Migrantes', PROTOCOLOS, 'name'],
          ['MPP', MPP, 'context:paragraph'],
          ['Quédate en México', QUEDATE, 'styled:known-as'],
        ],
      },
      {
        label: 'La Jornada headline: Reactivación de Quédate en México (F62)',
        blocks: [
          'Reactivación de Quédate en México por razones humanitarias, justifica Alejandro Encinas',
        ],
        expect: [['Quédate en México', QUEDATE, 'styled:capitalized']],
      },
      {
        label: 'HTML sangrado: salto de línea entre «programa» y el nombre',
        blocks: ['El gobierno reactivó el programa\n          Quédate en México en enero.'],
        expect: [['Quédate en México', QUEDATE, 'styled:policy-noun']],
      },
      {
        label: 'Wire copy: designación formal del programa “Quédate en México” (F63)',
        blocks: [
          'Los Protocolos de Protección a Migrantes (MPP, en inglés), designación formal del programa “Quédate en México”.',
        ],
        expect: [
          ['Protocolos de Protección a Migrantes', PROTOCOLOS, 'name'],
          ['MPP', MPP, 'context:paragraph'],
          ['Quédate en México', QUEDATE, 'styled:quoted'],
        ],
      },
      {
        label: 'Código Qro headline: restablecer ‘Quédate en México’ (F63)',
        blocks: ["Biden llega a un acuerdo con AMLO para restablecer 'Quédate en México'"],
        expect: [['Quédate en México', QUEDATE, 'styled:quoted']],
      },
      {
        label: 'Conexión Migrante: programa Quédate en México (F63)',
        blocks: ['Migrantes varados se aferran al programa Quédate en México'],
        expect: [['Quédate en México', QUEDATE, 'styled:policy-noun']],
      },
      {
        label: 'La Opinión 2019: Protocolos de Protección al Migrante (MPP) (F64)',
        blocks: [
          'El programa, que oficialmente se llama Protocolos de Protección al Migrante (MPP), requiere que los solicitantes de asilo en Estados Unidos permanezcan en México.',
        ],
        expect: [
          ['Protocolos de Protección al Migrante', PROTOCOLOS, 'name'],
          ['MPP', MPP, 'context:paragraph'],
        ],
      },
      {
        label: 'Factchequeado 2025: “Permanecer en México” (o “Remain in Mexico”) (F65)',
        blocks: [
          'El programa “Permanecer en México” (o “Remain in Mexico”) —oficialmente llamado “MPP”: “Protocolos de Protección Migratoria”— volvió.',
        ],
        expect: [
          ['Permanecer en México', 'permanecer-en-mexico', 'styled:quoted'],
          ['Remain in Mexico', RIM, 'styled:quoted'],
          ['MPP', MPP, 'context:paragraph'],
          ['Protocolos de Protección Migratoria', 'protocolos-de-proteccion-migratoria', 'name'],
        ],
      },
      {
        label: 'Sopitas 2021: programa ‘Permanece en México’ (F66)',
        blocks: ['Estados Unidos cancela programa ‘Permanece en México’ de Trump'],
        expect: [['Permanece en México', 'permanece-en-mexico', 'styled:quoted']],
      },
      {
        label: 'Contracorriente 2020: Protocolos de Protección de Migrantes (F67)',
        blocks: ['Los Protocolos de Protección de Migrantes obligaron a miles a esperar.'],
        expect: [['Protocolos de Protección de Migrantes', PROTOCOLOS, 'name']],
      },
      {
        label: 'Wire 2019, lower case: protocolos de protección al migrante (F67)',
        blocks: [
          'Se llevó a cabo bajo una política estadounidense denominada protocolos de protección al migrante.',
        ],
        expect: [['protocolos de protección al migrante', PROTOCOLOS, 'name']],
      },
      {
        label: 'Progreso Hispano: política de “Esperar en México” (F68)',
        blocks: ['Bloquean política de “Esperar en México”'],
        expect: [['Esperar en México', 'esperar-en-mexico', 'styled:quoted']],
      },
      {
        label: 'Grupo Hoy: fin del programa Quédate en México (F69)',
        blocks: [
          'El Gobierno mexicano anunció oficialmente el fin del programa Quédate en México en octubre de 2022.',
        ],
        expect: [['Quédate en México', QUEDATE, 'styled:policy-noun']],
      },
      {
        label: 'La Jornada Morelos: MPP 3.0 headline (F69, F77)',
        blocks: ['MPP 3.0: reactivación del programa Quédate en México'],
        expect: [
          ['MPP 3.0', 'mpp-3-0', 'context:paragraph'],
          ['Quédate en México', QUEDATE, 'styled:policy-noun'],
        ],
      },
      {
        label: 'La Jornada Morelos: MPP 1.0 y MPP 2.0 (F77)',
        blocks: [
          'Una primera etapa (MPP 1.0) tuvo lugar entre enero de 2019 hasta el 20 de enero de 2021. El MPP 2.0 comienza en diciembre de 2021, con solicitantes de asilo devueltos a Tijuana.',
        ],
        expect: [
          ['MPP 1.0', 'mpp-1-0', 'context:paragraph'],
          ['MPP 2.0', 'mpp-2-0', 'context:paragraph'],
        ],
      },
      {
        label: 'La Jornada Morelos 2025: Protocolos de Protección Migrante, without "a" (F77)',
        blocks: [
          'El DHS restableció sus Protocolos de Protección Migrante (MPP, por sus siglas en inglés), mejor conocidos como el programa “Quédate en México”.',
        ],
        expect: [
          ['Protocolos de Protección Migrante', PROTOCOLOS, 'name'],
          ['MPP', MPP, 'context:paragraph'],
          ['Quédate en México', QUEDATE, 'styled:quoted'],
        ],
      },
      {
        label: 'No accents: Quedate en Mexico',
        blocks: ['El programa Quedate en Mexico regreso en 2025.'],
        expect: [['Quedate en Mexico', QUEDATE, 'styled:policy-noun']],
      },
      {
        label: 'No accents: Protocolos de Proteccion a Migrantes',
        blocks: ['Los Protocolos de Proteccion a Migrantes siguen vigentes.'],
        expect: [['Protocolos de Proteccion a Migrantes', PROTOCOLOS, 'name']],
      },
      {
        label: 'Guillemets after llamado: «Quédate en México»',
        blocks: ['El llamado «Quédate en México» obligó a miles a esperar en Tijuana.'],
        expect: [['Quédate en México', QUEDATE, 'styled:known-as']],
      },
      {
        label: 'conocido como Quédate en México (lower case)',
        blocks: ['El esquema, conocido como quédate en México, volvió en diciembre.'],
        expect: [['quédate en México', QUEDATE, 'styled:known-as']],
      },
      {
        label: 'ALL CAPS Spanish headline',
        blocks: ['TRUMP REACTIVA QUÉDATE EN MÉXICO'],
        expect: [['QUÉDATE EN MÉXICO', QUEDATE, 'styled:uppercase']],
      },
      {
        label: 'Spanish MPP with cues (corte de inmigración)',
        blocks: [
          'Bajo el MPP, los solicitantes de asilo esperan en Ciudad Juárez sus audiencias en la corte de inmigración.',
        ],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'Singular: Protocolo de Protección a Migrantes',
        blocks: ['El Protocolo de Protección a Migrantes fue anunciado en 2018.'],
        expect: [['Protocolo de Protección a Migrantes', PROTOCOLOS, 'name']],
      },
      {
        label: 'Quédate en México as subject at sentence start',
        blocks: ['Quédate en México fue reactivado por orden judicial.'],
        expect: [['Quédate en México', QUEDATE, 'styled:capitalized']],
      },
      {
        label: 'Quoted after reactivación de',
        blocks: ['El gobierno de Trump anunció la reactivación de “Quédate en México”.'],
        expect: [['Quédate en México', QUEDATE, 'styled:quoted']],
      },
      {
        label: 'Question headline: ¿Qué es Quédate en México?',
        blocks: ['¿Qué es Quédate en México?'],
        expect: [['Quédate en México', QUEDATE, 'styled:capitalized']],
      },
      {
        label: 'Explainer kicker with colon',
        blocks: ['Quédate en México: lo que debes saber'],
        expect: [['Quédate en México', QUEDATE, 'styled:capitalized']],
      },
      {
        label: 'La política Quédate en México (MPP, por sus siglas en inglés)',
        blocks: [
          'La política Quédate en México (MPP, por sus siglas en inglés) obliga a los solicitantes de asilo a esperar.',
        ],
        expect: [
          ['Quédate en México', QUEDATE, 'styled:policy-noun'],
          ['MPP', MPP, 'context:paragraph'],
        ],
      },
    ],
  },
  {
    theme: 'Spanish look-alikes (negatives)',
    lang: 'es',
    cases: [
      {
        label: 'deben permanecer en México (verb)',
        blocks: ['Los solicitantes de asilo deben permanecer en México hasta su audiencia.'],
        expect: [],
      },
      {
        label: 'obligados a esperar en México (verb)',
        blocks: ['Miles fueron obligados a esperar en México durante meses.'],
        expect: [],
      },
      {
        label: 'que permanece en México (verb)',
        blocks: ['La familia, que permanece en México, pidió ayuda.'],
        expect: [],
      },
      {
        label: 'la obligación de permanecer en México (infinitive after de)',
        blocks: ['La obligación de permanecer en México afectó a miles.'],
        expect: [],
      },
      {
        label: 'quédate en México, hijo (ordinary imperative)',
        blocks: ['“Quédate en México, hijo”, le dijo su madre.'],
        expect: [],
      },
      {
        label: 'el programa permanece en México (verb after a noun)',
        blocks: ['La sede del programa permanece en México desde 2010.'],
        expect: [],
      },
      {
        label: 'Permanecer en México capitalised after a verb guard',
        blocks: ['Decidieron Permanecer en México por seguridad.'],
        expect: [],
      },
      {
        label: 'protección de migrantes without Protocolos',
        blocks: ['La protección de migrantes es una prioridad, dijo la CNDH.'],
        expect: [],
      },
      {
        label: 'Mexican paper without the policy',
        blocks: [
          'El presidente viajará a la Ciudad de México para esperar en México la visita del papa.',
        ],
        expect: [],
      },
      {
        label: 'Infinitive as subject: Esperar en México no es una opción',
        blocks: ['Esperar en México no es una opción para muchos migrantes, dijo.'],
        expect: [],
      },
      {
        label: 'prefieren esperar en México (verb)',
        blocks: ['Los migrantes prefieren esperar en México.'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Ontario politics: Members of Provincial Parliament (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'Ontario MPP at Queen’s Park',
        blocks: ['Ontario MPP Jane Doe spoke at Queen’s Park on Tuesday.'],
        expect: [],
      },
      {
        label: 'NDP MPP with riding',
        blocks: [
          'NDP MPP Joel Harden, who represents the riding of Ottawa Centre, raised the issue.',
        ],
        expect: [],
      },
      {
        label: 'Ontario MPP criticising Remain in Mexico: only the name is marked',
        blocks: ['Ontario MPP Sara Singh criticised the Remain in Mexico policy at Queen’s Park.'],
        expect: [['Remain in Mexico', RIM, 'styled:policy-noun']],
      },
      {
        label: 'Indented HTML: a line break between the title MPP and the member’s name',
        blocks: [
          'Asylum seekers arriving from Tijuana worried MPP\n          Jill Andrew, she said.',
        ],
        expect: [],
      },
      {
        label: 'MPPs plural',
        blocks: ['MPPs returned to the legislature after the summer break.'],
        expect: [],
      },
      {
        label: 'Ford government MPP, asylum seekers mentioned',
        blocks: [
          'A Ford government MPP said the province cannot house more asylum seekers arriving from Quebec.',
        ],
        expect: [],
      },
      {
        label: 'MPP for a riding on a Queen’s Park page',
        blocks: ['The MPP said she would table a bill this fall.'],
        page: {
          title: 'Queen’s Park: Ontario MPPs debate housing bill',
          text: 'Ontario’s Progressive Conservative government and NDP MPPs clashed at Queen’s Park.',
        },
        expect: [],
      },
      {
        label: 'PC MPP with border in the same paragraph',
        blocks: ['PC MPP John Smith said the border crossing at Fort Erie needs more staff.'],
        expect: [],
      },
      {
        label: 'Liberal MPP resigns',
        blocks: ['Liberal MPP resigns to run federally'],
        expect: [],
      },
      {
        label: 'Western Cape MPP (South Africa)',
        blocks: [
          'The DA MPP told the Western Cape Provincial Parliament that the budget was tight.',
        ],
        expect: [],
      },
      {
        label: 'Ontario page with immigration word, balanced: still not marked',
        blocks: ['The local MPP met immigrants at the community centre.'],
        page: {
          title: 'Toronto MPP hosts town hall',
          text: 'Ontario MPPs and Queen’s Park reporters attended.',
        },
        expect: [],
      },
      {
        label: 'MPP for a riding (capitalised riding name)',
        blocks: ['The MPP for Ottawa South spoke on asylum seekers.'],
        expect: [],
      },
      {
        label: 'Title before a name: MPP Smith',
        blocks: ['MPP Smith met asylum seekers at the shelter.'],
        expect: [],
      },
      {
        label: 'Title before a name after a cue: said MPP Jill Andrew',
        blocks: ['Asked about asylum seekers, MPP Jill Andrew said the province must act.'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Solar and electronics: maximum power point (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'MPPT charge controller review',
        blocks: ['This MPPT charge controller tracks the MPP of your panels within seconds.'],
        expect: [],
      },
      {
        label: 'Inverter MPP voltage range',
        blocks: ['The inverter has an MPP voltage range of 200–800 V.'],
        expect: [],
      },
      {
        label: 'MPP of a photovoltaic module',
        blocks: ['At the MPP, the photovoltaic module delivers its rated wattage.'],
        expect: [],
      },
      {
        label: 'Solar page, MPP in a plain block',
        blocks: ['Shading moves the MPP quickly.'],
        page: {
          title: 'Best solar inverters 2025',
          text: 'Our inverter reviews compare MPPT efficiency and PV input.',
        },
        expect: [],
      },
      {
        label: 'MPPT alone',
        blocks: ['MPPT efficiency exceeds 99%.'],
        expect: [],
      },
      {
        label: 'Spanish solar: punto de máxima potencia (MPP)',
        blocks: ['El inversor sigue el punto de máxima potencia (MPP) de los paneles solares.'],
        expect: [],
      },
      {
        label: 'Maximum power point spelled out',
        blocks: ['The maximum power point (MPP) shifts with irradiance.'],
        expect: [],
      },
      {
        label: 'Solar review on a page that also mentions the border',
        blocks: ['The MPP tracker handles two strings.'],
        page: {
          title: 'Solar for border towns',
          text: 'Border ranchers install solar panels and inverters.',
        },
        expect: [],
      },
    ],
  },
  {
    theme: 'Medicines Patent Pool (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'MPP press release: sublicence agreements',
        blocks: [
          'The Medicines Patent Pool (MPP) today signed sublicence agreements with generic manufacturers.',
        ],
        expect: [],
      },
      {
        label: 'MPP and Unitaid',
        blocks: ['MPP, which is funded by Unitaid, expands access to treatments.'],
        expect: [],
      },
      {
        label: 'MPP licence for nirmatrelvir',
        blocks: [
          'Under the MPP licence, generic versions of nirmatrelvir can be supplied to 95 countries.',
        ],
        expect: [],
      },
      {
        label: 'MPP alone on a patent-pool page',
        blocks: ['MPP welcomed the decision.'],
        page: {
          title: 'Medicines Patent Pool signs new licence',
          text: 'The World Health Organization and Unitaid back the patent pool for low- and middle-income countries.',
        },
        expect: [],
      },
      {
        label: 'Spanish: licencia del MPP',
        blocks: ['La licencia del MPP permitirá fabricar medicamentos genéricos.'],
        expect: [],
      },
      {
        label: 'Patent pool in Geneva with refugees mentioned',
        blocks: ['MPP signed a voluntary licence covering refugees in Geneva.'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Marijuana Policy Project (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'Marijuana Policy Project (MPP)',
        blocks: ['The Marijuana Policy Project (MPP) backed the ballot measure.'],
        expect: [],
      },
      {
        label: 'MPP on cannabis legalization',
        blocks: ['MPP has pushed cannabis legalization in a dozen states.'],
        expect: [],
      },
      {
        label: 'MPP and dispensaries',
        blocks: ['According to MPP, dispensaries opened in 18 states.'],
        expect: [],
      },
      {
        label: 'MPP on a marijuana page',
        blocks: ['MPP said the vote was historic.'],
        page: {
          title: 'Voters approve adult-use marijuana',
          text: 'Medical marijuana and THC limits were debated.',
        },
        expect: [],
      },
      {
        label: 'MPP co-founder Rob Kampia',
        blocks: ['Rob Kampia co-founded MPP in 1995.'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Master of Public Policy bios (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'Bio: holds an MPP from the Kennedy School',
        blocks: ['She holds an MPP from the Harvard Kennedy School.'],
        expect: [],
      },
      {
        label: 'Post-nominal: Jane Doe, MPP,',
        blocks: ['Jane Doe, MPP, is a policy analyst focused on asylum.'],
        expect: [],
      },
      {
        label: 'MPP candidate at Goldman School',
        blocks: ['Alex is an MPP candidate at the Goldman School.'],
        expect: [],
      },
      {
        label: 'MPP degree',
        blocks: ['He earned an MPP degree before joining the campaign.'],
        expect: [],
      },
      {
        label: 'Class year: MPP ’19',
        blocks: ['Maria Lopez, MPP ’19, now works at a border nonprofit.'],
        expect: [],
      },
      {
        label: 'Indented HTML: a line break between the name and the post-nominal MPP',
        blocks: ['Asylum seekers in Tijuana met Jane Doe,\n          MPP, who runs a shelter.'],
        expect: [],
      },
      {
        label: 'Indented HTML: a line break before the class year',
        blocks: ['Asylum seekers in Tijuana met Maria Lopez, MPP\n          ’19, at the shelter.'],
        expect: [],
      },
      {
        label: 'MPA and MPP list',
        blocks: ['The school offers MPA, MPP and PhD programs.'],
        expect: [],
      },
    ],
  },
  {
    theme: "Uruguay's Movimiento de Participación Popular (negatives)",
    lang: 'es',
    cases: [
      {
        label: 'El MPP de Mujica',
        blocks: ['El MPP de José Mujica es el sector más votado del Frente Amplio.'],
        expect: [],
      },
      {
        label: 'Movimiento de Participación Popular (MPP)',
        blocks: ['El Movimiento de Participación Popular (MPP) eligió a su nueva dirección.'],
        expect: [],
      },
      {
        label: 'MPP y Yamandú Orsi',
        blocks: ['El MPP respaldó la candidatura de Yamandú Orsi.'],
        expect: [],
      },
      {
        label: 'MPP in Montevideo page',
        blocks: ['El MPP convocó a su plenario.'],
        page: {
          title: 'Montevideo: el Frente Amplio define listas',
          text: 'Uruguay vota en octubre.',
        },
        expect: [],
      },
      {
        label: 'Uruguayan MPP with frontera',
        blocks: ['Dirigentes del MPP visitaron la frontera con Brasil en Uruguay.'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Computing, chemistry, music (negatives)',
    lang: 'en',
    cases: [
      {
        label: 'MPP data warehouse',
        blocks: ['Greenplum is an MPP data warehouse built on PostgreSQL.'],
        expect: [],
      },
      {
        label: 'Massively parallel processing (MPP)',
        blocks: ['Massively parallel processing (MPP) splits each SQL query across nodes.'],
        expect: [],
      },
      {
        label: 'MPP architecture in Teradata',
        blocks: ['Teradata popularised the shared-nothing MPP architecture.'],
        expect: [],
      },
      {
        label: 'MPP+ neurotoxin',
        blocks: ['MPP+ is the toxic metabolite of MPTP that kills dopaminergic neurons.'],
        expect: [],
      },
      {
        label: 'MPP+ in a Parkinson’s study',
        blocks: ['Cells were exposed to MPP+ for 24 hours in this Parkinson’s model.'],
        expect: [],
      },
      {
        label: 'RMX as remix',
        blocks: ['Check out the new RMX by DJ Snake on Spotify.'],
        expect: [],
      },
      {
        label: 'Song title (RMX)',
        blocks: ['Gasolina (RMX) feat. Lil Jon'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Word boundaries',
    lang: 'en',
    cases: [
      {
        label: 'AMPPost is not MPP',
        blocks: ['AMPPost reported that asylum seekers waited in Tijuana for immigration court.'],
        expect: [],
      },
      {
        label: 'sMPP is not MPP',
        blocks: ['The sMPP protocol, asylum and immigration court data.'],
        expect: [],
      },
      {
        label: 'MPPs is not MPP',
        blocks: ['MPPs and asylum seekers at immigration court.'],
        expect: [],
      },
      {
        label: 'MPP2 is not MPP',
        blocks: ['MPP2 asylum seekers immigration court.'],
        expect: [],
      },
      {
        label: 'remainder is not remain',
        blocks: ['The remainder in Mexico waited.'],
        expect: [],
      },
      {
        label: 'Mexicotown is not Mexico',
        blocks: ['The “Remain in Mexicotown” festival returns.'],
        expect: [],
      },
      {
        label: 'Underscore joins words',
        blocks: ['remain_in_Mexico policy file and MPP_data asylum immigration court'],
        expect: [],
      },
      {
        label: 'MPP followed by a hyphenated word is still MPP',
        blocks: ['MPP-era asylum seekers waited in Matamoros for immigration court.'],
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'Accented letter right before: éMPP',
        blocks: ['éMPP asylum immigration court.'],
        expect: [],
      },
      {
        label: 'Digits right after Mexico',
        blocks: ['The Remain in Mexico2 policy draft'],
        expect: [],
      },
      {
        label: 'Hashtag form is not matched',
        blocks: ['#RemainInMexico trended after the ruling.'],
        expect: [],
      },
    ],
  },
  {
    theme: 'Mixed pages, strictness, languages and groups',
    lang: 'en',
    cases: [
      {
        label: 'News homepage: Ontario story beside a border story',
        blocks: [
          'Ontario MPP Jane Doe spoke at Queen’s Park.',
          'The Remain in Mexico program resumed in Tijuana.',
        ],
        expect: [['Remain in Mexico', RIM, 'styled:policy-noun', 1]],
      },
      {
        label: 'Strict: MPP needs evidence in its own block',
        blocks: ['Critics say MPP failed.'],
        page: POLICY_PAGE,
        options: { acronymStrictness: 'strict' },
        expect: [],
      },
      {
        label: 'Strict: paragraph cues still accepted',
        blocks: ['Under MPP, asylum seekers waited in Tijuana.'],
        options: { acronymStrictness: 'strict' },
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'Loose: one weak page cue is enough',
        blocks: ['Critics say MPP failed.'],
        page: { text: 'Migrants crossed the border.' },
        options: { acronymStrictness: 'loose' },
        expect: [['MPP', MPP, 'context:page']],
      },
      {
        label: 'Balanced: one weak page cue is not enough',
        blocks: ['Critics say MPP failed.'],
        page: { text: 'Migrants crossed the border.' },
        expect: [],
      },
      {
        label: 'Groups: acronyms switched off',
        blocks: ['The Migrant Protection Protocols (MPP) began in January 2019.'],
        options: { groups: { acronym: false } },
        expect: [['Migrant Protection Protocols', OFFICIAL, 'name']],
      },
      {
        label: 'Groups: official names off still define the acronym',
        blocks: ['The Migrant Protection Protocols (MPP) began in January 2019.'],
        options: { groups: { official: false } },
        expect: [['MPP', MPP, 'context:paragraph']],
      },
      {
        label: 'Groups: Spanish names off',
        blocks: ['El programa Quédate en México volvió.'],
        options: { groups: { spanish: false } },
        expect: [],
      },
      {
        label: 'Page title alone makes MPP a mention (balanced)',
        blocks: ['MPP is back.'],
        page: { title: 'Remain in Mexico: asylum seekers return to Tijuana' },
        expect: [['MPP', MPP, 'context:page']],
      },
      {
        label: 'Other sense in the paragraph beats a policy page',
        blocks: ['MPP tracking in solar inverters improved.'],
        page: POLICY_PAGE,
        expect: [],
      },
    ],
  },
];
