import { describe, expect, it, vi } from 'vitest';
import { createMatcher, PAGE_TEXT_LIMIT, type Strictness } from '@/lib/matching';
import { pageAccepts, paragraphVerdict } from '@/lib/matching/scoring';
import { detectorData } from './helpers';

describe('paragraphVerdict', () => {
  it.each([
    {
      topic: 2,
      other: 0,
      kind: 'ambiguous',
      verdict: 'accept',
      why: 'one clear cue, no other sense',
    },
    { topic: 1, other: 0, kind: 'ambiguous', verdict: 'undecided', why: 'one weak cue' },
    { topic: 0, other: 0, kind: 'ambiguous', verdict: 'undecided', why: 'nothing at all' },
    {
      topic: 4,
      other: 2,
      kind: 'ambiguous',
      verdict: 'reject',
      why: 'other sense beats weak topic',
    },
    { topic: 5, other: 2, kind: 'ambiguous', verdict: 'accept', why: 'topic beats other by 3' },
    {
      topic: 0,
      other: 3,
      kind: 'ambiguous',
      verdict: 'reject',
      why: 'a form only another sense uses',
    },
    { topic: 2, other: 0, kind: 'phrase', verdict: 'undecided', why: 'weak phrase needs more' },
    {
      topic: 3,
      other: 0,
      kind: 'phrase',
      verdict: 'accept',
      why: 'weak phrase with a decisive cue',
    },
  ] as const)('$why: topic $topic, other $other → $verdict', ({ topic, other, kind, verdict }) => {
    expect(paragraphVerdict(topic, other, kind)).toBe(verdict);
  });
});

describe('pageAccepts', () => {
  it.each([
    { topic: 20, other: 0, strictness: 'strict', accepts: false },
    { topic: 5, other: 0, strictness: 'balanced', accepts: true },
    { topic: 4, other: 0, strictness: 'balanced', accepts: false },
    { topic: 9, other: 4, strictness: 'balanced', accepts: true },
    { topic: 8, other: 4, strictness: 'balanced', accepts: false },
    { topic: 1, other: 0, strictness: 'loose', accepts: true },
    { topic: 3, other: 3, strictness: 'loose', accepts: false },
  ] as const)('$strictness: topic $topic, other $other → $accepts', (row) => {
    expect(pageAccepts(row.topic, row.other, row.strictness)).toBe(row.accepts);
  });
});

describe('page evidence', () => {
  const block = [{ text: 'Critics say MPP failed.' }];

  it('does not read the page text when the title already settles it', () => {
    const text = vi.fn(() => 'asylum seekers');
    const found = createMatcher(detectorData).detect(block, {
      title: 'Remain in Mexico: asylum seekers return to Tijuana',
      text,
    });
    expect(found.map((m) => m.reason)).toEqual([
      { kind: 'context', scope: 'page', cues: ['Remain in Mexico', 'asylum seekers', 'Tijuana'] },
    ]);
    expect(text).not.toHaveBeenCalled();
  });

  it('reads the page text once when the blocks and title do not settle it', () => {
    const text = vi.fn(() => 'DHS sent asylum seekers to Ciudad Juárez.');
    const found = createMatcher(detectorData).detect([...block, ...block], { text });
    expect(found.map((m) => [m.block, m.reason.kind])).toEqual([
      [0, 'context'],
      [1, 'context'],
    ]);
    expect(text).toHaveBeenCalledTimes(1);
  });

  it('never reads the page text for names settled in their block', () => {
    const text = vi.fn(() => '');
    createMatcher(detectorData).detect([{ text: 'The Remain in Mexico policy.' }], { text });
    expect(text).not.toHaveBeenCalled();
  });

  it(`ignores page text beyond ${PAGE_TEXT_LIMIT} characters`, () => {
    const filler = 'word '.repeat(PAGE_TEXT_LIMIT / 5);
    const cues = 'DHS sent asylum seekers to Tijuana for immigration court.';
    const matcher = createMatcher(detectorData);
    expect(matcher.detect(block, { text: () => cues + filler })).toHaveLength(1);
    expect(matcher.detect(block, { text: () => filler + cues })).toEqual([]);
  });

  it.each<[Strictness, number]>([
    ['strict', 0],
    ['balanced', 0],
    ['loose', 1],
  ])('%s: a page with two weak cues marks %i', (strictness, count) => {
    const page = { text: () => 'Migrants crossed the border.' };
    expect(
      createMatcher(detectorData, { acronymStrictness: strictness }).detect(block, page),
    ).toHaveLength(count);
  });

  it('an other-sense word next to the form rejects it even on a policy page', () => {
    const page = { title: 'Remain in Mexico returns', text: () => 'DHS, asylum seekers, Tijuana' };
    const loose = createMatcher(detectorData, { acronymStrictness: 'loose' });
    expect(loose.detect([{ text: 'Ontario MPP Jane Doe said so.' }], page)).toEqual([]);
  });
});

describe('pageSignals (incremental rescans)', () => {
  const matcher = createMatcher(detectorData);

  it('summarises the page: topic, other sense and the strongest cues', () => {
    const signals = matcher.pageSignals({
      title: 'Ontario MPPs at Queen’s Park',
      text: () => 'Asylum seekers in Tijuana.',
    });
    expect(signals.topic).toBe(4);
    expect(signals.other).toBe(2 + 3 + 2);
    expect(signals.cues).toEqual(['Asylum seekers', 'Tijuana']);
  });

  it('reads the page text once, eagerly, and detect then never reads it', () => {
    const text = vi.fn(() => 'DHS sent asylum seekers to Tijuana.');
    const signals = matcher.pageSignals({ text });
    expect(text).toHaveBeenCalledTimes(1);
    const found = matcher.detect([{ text: 'Critics say MPP failed.' }], { text }, signals);
    expect(found.map((m) => m.reason.kind)).toEqual(['context']);
    expect(text).toHaveBeenCalledTimes(1);
  });

  it('adds the new blocks’ evidence to the saved signals', () => {
    const signals = matcher.pageSignals({ title: 'Border news' });
    const blocks = [
      { text: 'DHS sent asylum seekers to Tijuana for immigration court.' },
      { text: 'Critics say MPP failed.' },
    ];
    expect(matcher.detect(blocks, {}, signals).map((m) => m.block)).toEqual([1]);
  });

  it('includes the blocks it is given', () => {
    const signals = matcher.pageSignals({}, [{ text: 'The Remain in Mexico policy returned.' }]);
    expect(signals.cues).toEqual(['Remain in Mexico']);
  });
});
