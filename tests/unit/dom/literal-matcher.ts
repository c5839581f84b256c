/**
 * A test double for the matcher: finds fixed literal names, so the scanner's DOM behaviour is tested
 * apart from the real matcher's linguistics (those have their own tables in tests/unit/matching).
 */
import type { Block, Matcher, Mention } from '../../../lib/matching';

export function literalMatcher(names: string[] = ['Remain in Mexico', 'MPP']): Matcher & {
  calls: Block[][];
} {
  const calls: Block[][] = [];
  return {
    calls,
    prefilter: /m[eé]xico|mpp/i,
    testPrefilter: (text) => /m[eé]xico|mpp/i.test(text),
    quickPrefilter: /m[eé]xico|mpp/i,
    mayMention: (text) => names.some((name) => text.includes(name)),
    detect(blocks) {
      calls.push([...blocks]);
      const found: Mention[] = [];
      blocks.forEach((block, index) => {
        for (const name of names) {
          for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + 1)) {
            found.push({
              block: index,
              start: at,
              end: at + name.length,
              text: name,
              nameId: name,
              lang: 'en',
              reason: { kind: 'name' },
            });
          }
        }
      });
      return found.sort((a, b) => a.block - b.block || a.start - b.start);
    },
    pageSignals: () => ({ topic: 0, other: 0, cues: [] }),
  };
}
