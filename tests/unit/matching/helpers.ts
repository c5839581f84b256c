/** Shared fixtures for the matcher tests: the real fact pack's detector data and a runner. */
import pack from '@/lib/facts/remain-in-mexico.json';
import type { FactPack } from '@/lib/facts/types';
import {
  createMatcher,
  type Block,
  type MatcherOptions,
  type Mention,
  type PageContext,
} from '@/lib/matching';

/** The names and detection data exactly as shipped in the fact pack. */
export const detectorData = pack as unknown as Pick<FactPack, 'names' | 'detection'>;

/** A case's page: `text` given as a string becomes the lazy callback. */
export interface PageFixture {
  lang?: string;
  title?: string;
  description?: string;
  text?: string;
}

export function toPage(page: PageFixture = {}): PageContext {
  const { text, ...rest } = page;
  return text === undefined ? rest : { ...rest, text: () => text };
}

export function toBlocks(blocks: readonly (string | Block)[]): Block[] {
  return blocks.map((block) => (typeof block === 'string' ? { text: block } : block));
}

/** 'name', 'styled:quoted', 'context:page'…: the part of a reason the case tables compare. */
export function reasonTag(mention: Mention): string {
  const { reason } = mention;
  if (reason.kind === 'name') return 'name';
  if (reason.kind === 'styled') return `styled:${reason.how}`;
  return `context:${reason.scope}`;
}

/** Runs a fresh matcher over the blocks and page. */
export function detect(
  blocks: readonly (string | Block)[],
  page?: PageFixture,
  options?: MatcherOptions,
): Mention[] {
  return createMatcher(detectorData, options).detect(toBlocks(blocks), toPage(page));
}
