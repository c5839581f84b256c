import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCountFrom, isListing, requestListing } from '../../../lib/popup/listing';
import type { PageListing } from '../../../lib/messaging/protocol';

const listing: PageListing = {
  url: 'https://example.com/a',
  title: 'A',
  state: 'on',
  mentions: [
    {
      id: 1,
      text: 'MPP',
      sentence: 'MPP ended.',
      nameId: 'mpp',
      lang: 'en',
      popoverLang: 'en',
      reason: { kind: 'name' },
    },
  ],
};

afterEach(() => vi.useRealTimers());

describe('requestListing', () => {
  it('sends `list` to the tab and returns the page’s answer', async () => {
    const send = vi.fn(async () => listing);
    expect(await requestListing(send, 7)).toEqual(listing);
    expect(send).toHaveBeenCalledWith(7, { factmark: 'list' });
  });

  it('is null when the tab has no content script (the browser rejects the message)', async () => {
    const send = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await requestListing(send, 7)).toBeNull();
  });

  it('is null when the answer is not a listing', async () => {
    expect(await requestListing(async () => undefined, 7)).toBeNull();
    expect(await requestListing(async () => ({ ...listing, state: 'maybe' }), 7)).toBeNull();
    expect(
      await requestListing(async () => ({ ...listing, mentions: [{ id: '1' }] }), 7),
    ).toBeNull();
  });

  it('gives up after the deadline when the page never answers', async () => {
    vi.useFakeTimers();
    const result = requestListing(() => new Promise(() => {}), 7, 500);
    await vi.advanceTimersByTimeAsync(499);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeNull();
  });
});

describe('isListing / isCountFrom', () => {
  it('accepts a listing with no mentions', () => {
    expect(isListing({ ...listing, mentions: [] })).toBe(true);
    expect(isListing(null)).toBe(false);
  });

  it('recognizes the top frame’s count from the target tab only', () => {
    const count = { factmark: 'count', count: 2, state: 'on' };
    expect(isCountFrom(count, { tab: { id: 7 }, frameId: 0 }, 7)).toBe(true);
    expect(isCountFrom(count, { tab: { id: 8 }, frameId: 0 }, 7)).toBe(false);
    expect(isCountFrom(count, { tab: { id: 7 }, frameId: 3 }, 7)).toBe(false);
    expect(isCountFrom({ factmark: 'list' }, { tab: { id: 7 }, frameId: 0 }, 7)).toBe(false);
  });
});
