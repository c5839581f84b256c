/**
 * Validates a fact pack: the schema (`schema.ts`) first, then the cross-references
 * (`cross-refs.ts`). Every issue names the item by id and the field, so a reviewer can go straight
 * to it: `facts[id=in-absentia-trac-2021].text.es: missing Spanish text`.
 */
import * as v from 'valibot';
import { crossReferenceIssues, type PackIssue } from './cross-refs';
import { createPackSchema } from './schema';
import type { FactPack } from './types';

export type { PackIssue } from './cross-refs';

/** Outcome of {@link validatePack}. */
export type PackValidation = { ok: true; pack: FactPack } | { ok: false; issues: PackIssue[] };

/** `facts[id=x].text.es`-style location of a valibot issue; array items are named by their id. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const value: unknown = item.value;
    if (item.type === 'array') {
      const itemId =
        typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
      path += typeof itemId === 'string' && itemId !== '' ? `[id=${itemId}]` : `[${item.key}]`;
    } else {
      path += `${path === '' ? '' : '.'}${String(item.key)}`;
    }
  }
  return path === '' ? 'pack' : path;
}

/** One issue as a line of text: `path: message`. */
export function formatIssue(issue: PackIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/**
 * Checks `json` against the fact-pack rules. Dates must not be after `today` (passed in so tests
 * and the build decide what "today" is). Returns the typed pack, or every issue found.
 */
export function validatePack(json: unknown, { today }: { today: Date }): PackValidation {
  const result = v.safeParse(createPackSchema({ today }), json);
  if (!result.success) {
    return {
      ok: false,
      issues: result.issues.map((i) => ({ path: issuePath(i), message: i.message })),
    };
  }
  const pack: FactPack = result.output;
  const issues = crossReferenceIssues(pack);
  return issues.length === 0 ? { ok: true, pack } : { ok: false, issues };
}
