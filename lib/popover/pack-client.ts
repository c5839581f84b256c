/**
 * The fact pack, asked for once from the background service worker when a popover first opens.
 * The content script does not bundle the pack (it runs on every page; most pages never need it).
 */
import type { FactPack } from '../facts/types';
import { message } from '../messaging/protocol';
import { loadOnce } from './load-once';

export interface PackRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Returns a loader that fetches the pack once; a failed fetch is retried on the next call. */
export function createPackClient(runtime: PackRuntime): () => Promise<FactPack> {
  return loadOnce(() =>
    runtime.sendMessage(message('get-pack', {})).then((pack) => {
      if (!pack || typeof pack !== 'object' || !Array.isArray((pack as FactPack).facts)) {
        throw new Error('Factmark: the background sent no fact pack');
      }
      return pack as FactPack;
    }),
  );
}
