import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../lib/text/sentence';

/** Finds `needle` in `text` and returns the sentence around its first occurrence. */
function around(text: string, needle: string, maxLength?: number) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return sentenceAround(text, start, start + needle.length, maxLength);
}

describe('sentenceAround', () => {
  it.each([
    [
      'picks the middle sentence',
      'The border was quiet. Officials restarted MPP on Monday. Lawyers objected.',
      'MPP',
      'Officials restarted MPP on Monday.',
    ],
    [
      'keeps "U.S." and "v." inside the sentence',
      'Earlier rulings mattered. In Biden v. Texas the U.S. Supreme Court let DHS end Remain in Mexico. Then it ended.',
      'Remain in Mexico',
      'In Biden v. Texas the U.S. Supreme Court let DHS end Remain in Mexico.',
    ],
    [
      'treats a line break as a boundary',
      'HEADLINE ABOUT BORDER\nThe Migrant Protection Protocols returned people to Mexico',
      'Migrant Protection Protocols',
      'The Migrant Protection Protocols returned people to Mexico',
    ],
    [
      'does not split inside a version number',
      'It was called MPP 2.0 by critics. Nobody liked it.',
      'MPP 2.0',
      'It was called MPP 2.0 by critics.',
    ],
    [
      'handles closing quotes after the period',
      'He said “it ended.” Then “Quédate en México” volvió. Fin.',
      'Quédate en México',
      'Then “Quédate en México” volvió.',
    ],
    [
      'collapses white space',
      'Under   the\tRemain in Mexico\u00a0program people waited',
      'Remain in Mexico',
      'Under the Remain in Mexico program people waited',
    ],
  ])('%s', (_label, text, needle, expected) => {
    expect(around(text, needle)).toBe(expected);
  });

  it('cuts long sentences around the mention and marks the cuts', () => {
    const text = `${'word '.repeat(200)}MPP ${'more '.repeat(200)}`;
    const sentence = around(text, 'MPP', 60);
    expect(sentence.startsWith('…')).toBe(true);
    expect(sentence.endsWith('…')).toBe(true);
    expect(sentence).toContain('MPP');
    expect(sentence.length).toBeLessThanOrEqual(62);
  });
});
