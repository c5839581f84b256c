import { describe, expect, it } from 'vitest';
import type { PolicyName } from '@/lib/facts/types';
import { compileDetector } from '@/lib/matching/detector';
import { foldAccents, phraseKey } from '@/lib/matching/patterns';
import { detect, detectorData, reasonTag } from './helpers';

const { names, detection } = detectorData;
const forms = names.flatMap((name) => name.forms.map((form) => ({ name, form })));

/** A neutral sentence that makes `form` a mention of `name`, and the reason expected. */
function sentenceFor(name: PolicyName, form: string): { text: string; reason: string } {
  if (name.use === 'ambiguous') {
    return {
      text: `Under ${form}, asylum seekers waited in Tijuana for their immigration court hearings.`,
      reason: 'context:paragraph',
    };
  }
  if (name.use === 'unambiguous') {
    return { text: `Officials said the ${form} changed little.`, reason: 'name' };
  }
  // A hyphenated spelling is reported as such, before the policy noun is looked at.
  const reason = /-/.test(form) ? 'styled:hyphenated' : 'styled:policy-noun';
  return name.lang === 'es'
    ? { text: `Según el gobierno, el programa ${form} cambió poco.`, reason }
    : { text: `Officials said the ${form} program changed little.`, reason };
}

describe('every name form in the fact pack is detected', () => {
  it.each(forms)('$name.id: "$form"', ({ name, form }) => {
    const { text, reason } = sentenceFor(name, form);
    const found = detect([text]).map((m) => [m.text, m.nameId, reasonTag(m)]);
    expect(found).toContainEqual([form, name.id, reason]);
  });

  it.each(forms.filter(({ name }) => name.use !== 'ambiguous'))(
    '$name.id: "$form" also without accents and in capitals',
    ({ name, form }) => {
      for (const variant of [foldAccents(form), form.toUpperCase()]) {
        const { text } = sentenceFor(name, variant);
        expect(detect([text]).map((m) => [m.text, m.nameId])).toContainEqual([variant, name.id]);
      }
    },
  );

  it('no two names share a form (spellings of one name may)', () => {
    const owners = new Map<string, Set<string>>();
    for (const { name, form } of forms) {
      owners.set(phraseKey(form), (owners.get(phraseKey(form)) ?? new Set()).add(name.id));
    }
    expect([...owners.values()].filter((ids) => ids.size > 1)).toEqual([]);
  });

  it('ambiguous forms need context: none is marked in a neutral sentence', () => {
    for (const { name, form } of forms.filter(({ name }) => name.use === 'ambiguous')) {
      expect(detect([`Officials said ${form} changed little.`]).map((m) => m.nameId)).not.toContain(
        name.id,
      );
    }
  });
});

describe('every cue and other-sense word in the fact pack is found', () => {
  const { evidence } = compileDetector(detectorData);
  const words = [
    ...detection.cues.flatMap((cue) =>
      cue.terms.map((term) => ({ term, expected: { kind: 'cue', weight: cue.weight } })),
    ),
    ...detection.otherSenses.flatMap((sense) =>
      [...sense.terms, ...(sense.forms ?? [])].map((term) => ({
        term,
        expected: { kind: 'sense', sense: sense.id },
      })),
    ),
  ];

  it.each(words)('"$term"', ({ term, expected }) => {
    const hits = evidence.find(`It said ${term} today.`);
    const hit = hits.find((h) => h.key === phraseKey(term));
    expect(hit?.text).toBe(term);
    expect(hit?.values).toContainEqual(expect.objectContaining(expected));
  });

  it('cue weights are 1 to 3 and ids are unique', () => {
    for (const cue of detection.cues) expect([1, 2, 3]).toContain(cue.weight);
    const ids = [...detection.cues, ...detection.otherSenses, ...names].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('no word is both a topic cue and another sense', () => {
    const cueKeys = new Set(detection.cues.flatMap((c) => c.terms.map(phraseKey)));
    const senseKeys = detection.otherSenses.flatMap((s) =>
      [...s.terms, ...(s.forms ?? [])].map(phraseKey),
    );
    expect(senseKeys.filter((key) => cueKeys.has(key))).toEqual([]);
  });
});
