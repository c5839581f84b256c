import * as v from 'valibot';
import { hostMatches, normalizeHostname } from './hostname';

/** `all-except`: run everywhere but the `except` list. `only`: run only on the `only` list. */
export const SITE_MODES = ['all-except', 'only'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/**
 * Where Factmark runs. Both lists are kept whatever the mode, so switching modes and back does
 * not lose a list. Entries are normalized hostnames (see `normalizeHostname`), sorted, unique;
 * an entry also covers its subdomains.
 */
export interface SiteRules {
  mode: SiteMode;
  except: string[];
  only: string[];
}

/** The list that `mode` reads. */
export type SiteListName = 'except' | 'only';

/** Runs everywhere, nothing listed. */
export const DEFAULT_SITE_RULES: SiteRules = { mode: 'all-except', except: [], only: [] };

const sortedUnique = (hosts: string[]) => [...new Set(hosts)].sort();

/** A stored site list: every entry must normalize; the result is normalized, sorted, unique. */
const siteListSchema = v.pipe(
  v.array(v.pipe(v.string(), v.transform(normalizeHostname), v.string())),
  v.transform(sortedUnique),
);

/** Validates (and normalizes) a stored or imported `SiteRules`. */
export const siteRulesSchema = v.object({
  mode: v.picklist(SITE_MODES),
  except: siteListSchema,
  only: siteListSchema,
});

/** The list the current mode uses. */
export function activeList(rules: SiteRules): SiteListName {
  return rules.mode === 'all-except' ? 'except' : 'only';
}

/**
 * Whether Factmark should run on `hostname` under `rules`. A hostname that cannot be normalized
 * (an empty host, as on `file:` pages) is treated as unlisted.
 */
export function isSiteEnabled(rules: SiteRules, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  const listed = host !== null && rules[activeList(rules)].some((site) => hostMatches(site, host));
  return rules.mode === 'all-except' ? !listed : listed;
}

/**
 * The rules with Factmark switched the other way on `hostname` (what the popup's per-site switch
 * does), so that `isSiteEnabled` flips. Switching a site on in `all-except` mode, or off in
 * `only` mode, removes every entry that covers it, parent domains included: that is the only way
 * the switch can take effect. Returns `rules` unchanged when `hostname` is not usable.
 */
export function toggleSite(rules: SiteRules, hostname: string): SiteRules {
  const host = normalizeHostname(hostname);
  if (host === null) return rules;
  const list = activeList(rules);
  const listed = rules[list].some((site) => hostMatches(site, host));
  return listed ? removeCovering(rules, list, host) : addSite(rules, list, host);
}

/** The rules with `hostname` added to `list` (normalized; no-op when invalid or present). */
export function addSite(rules: SiteRules, list: SiteListName, hostname: string): SiteRules {
  const host = normalizeHostname(hostname);
  if (host === null || rules[list].includes(host)) return rules;
  return { ...rules, [list]: sortedUnique([...rules[list], host]) };
}

/** The rules with exactly `hostname` removed from `list` (its subdomain entries stay). */
export function removeSite(rules: SiteRules, list: SiteListName, hostname: string): SiteRules {
  const host = normalizeHostname(hostname) ?? hostname;
  return { ...rules, [list]: rules[list].filter((site) => site !== host) };
}

function removeCovering(rules: SiteRules, list: SiteListName, host: string): SiteRules {
  return { ...rules, [list]: rules[list].filter((site) => !hostMatches(site, host)) };
}
