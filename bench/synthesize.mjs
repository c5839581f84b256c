// Builds the benchmark's synthesized pages: the large page (the bodies of the corpus pages, scripts
// removed, repeated to about `targetBytes`, with paragraphs that contain known mentions inserted at
// regular intervals), and saved pages with one such paragraph added.
import fs from 'node:fs';
import path from 'node:path';

/** Each inserted paragraph holds exactly these mentions (texts in document order). */
export const INSERTED_MENTIONS = ['Remain in Mexico', 'Migrant Protection Protocols', 'MPP'];
const PARAGRAPH =
  '<p>Lawyers in Tijuana said the Remain in Mexico policy, formally the Migrant Protection ' +
  'Protocols (MPP), left asylum seekers waiting for immigration court hearings.</p>';

/** The Spanish paragraph of `withMentions` and the mentions it holds. */
export const INSERTED_MENTIONS_ES = [
  'Quédate en México',
  'Protocolos de Protección a Migrantes',
  'MPP',
];
const PARAGRAPH_ES =
  '<p>Abogados en Tijuana dijeron que el programa Quédate en México, formalmente los Protocolos ' +
  'de Protección a Migrantes (MPP), dejó a solicitantes de asilo esperando sus audiencias ante ' +
  'la corte de inmigración.</p>';

/**
 * A saved page with one paragraph of known mentions (the Spanish one with `spanish`) added at the
 * end of its body, where no stylesheet of the page hides it: for timing a scan that finds something.
 * @param {string} html a saved page
 * @returns {{ html: string, expectedMentions: number }}
 */
export function withMentions(html, { spanish = false } = {}) {
  const end = html.search(/<\/body>/i);
  const at = end < 0 ? html.length : end;
  return {
    html: html.slice(0, at) + (spanish ? PARAGRAPH_ES : PARAGRAPH) + html.slice(at),
    expectedMentions: (spanish ? INSERTED_MENTIONS_ES : INSERTED_MENTIONS).length,
  };
}

/**
 * @param {string} corpusDir folder of saved HTML pages
 * @param {{ targetBytes?: number, insertEvery?: number }} options
 * @returns {{ html: string, bytes: number, expectedMentions: number, inserted: number }}
 */
export function synthesizeLargePage(
  corpusDir,
  { targetBytes = 10 * 1024 * 1024, insertEvery = 256 * 1024 } = {},
) {
  const bodies = fs
    .readdirSync(corpusDir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => bodyOf(fs.readFileSync(path.join(corpusDir, file), 'utf8')));
  const parts = [];
  let bytes = 0;
  let sinceInsert = 0;
  let inserted = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const body = bodies[i % bodies.length];
    parts.push(`<section class="bench-part">${body}</section>`);
    bytes += body.length;
    sinceInsert += body.length;
    if (sinceInsert >= insertEvery) {
      parts.push(PARAGRAPH);
      inserted++;
      sinceInsert = 0;
    }
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Factmark benchmark: large page</title></head><body>${parts.join('\n')}</body></html>`;
  return {
    html,
    bytes: Buffer.byteLength(html),
    expectedMentions: inserted * INSERTED_MENTIONS.length,
    inserted,
  };
}

/** The inner HTML of <body> without <script>, <noscript>, <iframe> and <link> elements. */
function bodyOf(html) {
  const match = html.match(/<body[^>]*>([\s\S]*)<\/body>/i);
  return (match ? match[1] : html)
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
}
