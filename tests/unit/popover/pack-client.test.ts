import { describe, expect, it, vi } from 'vitest';
import { pack } from '../../../lib/facts/pack';
import { createPackClient } from '../../../lib/popover/pack-client';

describe('createPackClient', () => {
  it('asks the background once and shares the answer', async () => {
    const sendMessage = vi.fn(async () => pack);
    const load = createPackClient({ sendMessage });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(pack);
    expect(b).toBe(pack);
    expect(await load()).toBe(pack);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ factmark: 'get-pack' });
  });

  it('rejects an answer that is not a pack, and asks again next time', async () => {
    const sendMessage = vi.fn().mockResolvedValueOnce(undefined).mockResolvedValueOnce(pack);
    const load = createPackClient({ sendMessage });
    await expect(load()).rejects.toThrow(/no fact pack/);
    await expect(load()).resolves.toBe(pack);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
