/**
 * The per-site "Not this MPP" memory: on each site, the ids of the names (`PolicyName.id`) the
 * reader said do not mean this policy there. Stored locally (`local:`), never synced: it says
 * which sites the reader visits.
 */
import * as v from 'valibot';
import { defineSetting } from './define-setting';
import { normalizeHostname } from './hostname';

/** Normalized hostname → dismissed name ids. */
export type DismissedNames = Record<string, string[]>;

export const dismissedNames = defineSetting('local:dismissedNames', {
  schema: v.record(v.string(), v.array(v.pipe(v.string(), v.minLength(1)))),
  fallback: {} as DismissedNames,
  version: 1,
});

/** The name ids dismissed on `hostname` (normalized, so `www.` does not matter). */
export function dismissedOn(map: DismissedNames, hostname: string): readonly string[] {
  const host = normalizeHostname(hostname);
  return (host !== null && map[host]) || [];
}

/** `map` with `nameId` dismissed (`dismissed: true`) or restored on `hostname`. Pure. */
export function withDismissal(
  map: DismissedNames,
  hostname: string,
  nameId: string,
  dismissed: boolean,
): DismissedNames {
  const host = normalizeHostname(hostname);
  if (host === null) return map;
  const others = (map[host] ?? []).filter((id) => id !== nameId);
  const ids = dismissed ? [...others, nameId] : others;
  const { [host]: _previous, ...rest } = map;
  return ids.length > 0 ? { ...rest, [host]: ids } : rest;
}

/** Remembers that `nameId` does not mean this policy on `hostname` (or forgets it: `false`). */
export async function setDismissed(hostname: string, nameId: string, dismissed = true) {
  const map = await dismissedNames.getValue();
  await dismissedNames.setValue(withDismissal(map, hostname, nameId, dismissed));
}

/** Forgets every "Not this MPP" choice on every site. */
export function forgetDismissed(): Promise<void> {
  return dismissedNames.removeValue();
}
