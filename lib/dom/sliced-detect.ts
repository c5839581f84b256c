/**
 * Runs `matcher.detect` over many blocks without one long task: a page whose text is larger than
 * one call's budget (a 10 MB article, a huge single text node cut into windows) is matched in
 * groups of blocks with a yield between groups.
 *
 * Results are the same as one call: ambiguous forms are judged on page-level evidence, so the
 * evidence of every group is gathered first (`matcher.pageSignals` with an empty page, a group at
 * a time, yielding between them) and passed to each group's `detect`, as the `Matcher` contract
 * describes. Pages under the budget — nearly all of them — take the single call and pay nothing.
 */
import type { Block, Matcher, Mention, PageContext, PageSignals } from '../matching';
import type { Slicer } from './slicer';

/** Characters of block text one `detect` call may read (about 1-2 ms of matching in Chromium). */
export const DETECT_BUDGET = 128 * 1024;

/** Consecutive groups of `blocks`, each under `budget` characters unless one block alone is. */
export function groupBlocks(blocks: readonly Block[], budget: number): Block[][] {
  const groups: Block[][] = [];
  let group: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    if (group.length > 0 && size + block.text.length > budget) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(block);
    size += block.text.length;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * `matcher.detect(blocks, page)`, cut into groups of at most `budget` characters with
 * `slicer.yield()` between them when the slice is used up. Mention `block` indexes refer to
 * `blocks`, as with one call.
 */
export async function detectSliced(
  matcher: Matcher,
  blocks: readonly Block[],
  page: PageContext,
  slicer: Slicer,
  budget = DETECT_BUDGET,
): Promise<Mention[]> {
  const groups = groupBlocks(blocks, budget);
  if (groups.length <= 1) return matcher.detect(blocks, page);
  let signals: PageSignals | undefined;
  for (const group of groups) {
    signals = matcher.pageSignals({}, group, signals);
    if (slicer.due()) await slicer.yield();
  }
  const mentions: Mention[] = [];
  let first = 0;
  for (const group of groups) {
    for (const mention of matcher.detect(group, page, signals)) {
      mentions.push({ ...mention, block: first + mention.block });
    }
    first += group.length;
    if (slicer.due()) await slicer.yield();
  }
  return mentions;
}
