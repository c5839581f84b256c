/**
 * Rules that relate items of a parsed pack to each other: unique ids, source references that
 * resolve, quotes drawn from the fact's own sources, links to the pack's own source URLs,
 * "conflicts with" links that resolve and go both ways, and a headline status that agrees with the
 * timeline. Runs after the schema has passed.
 */
import { richTextLinks } from '../rich-text';
import type { FactPack, Lang } from './types';

/** One problem, located by item id and field, e.g. `facts[id=x].text.es`. */
export interface PackIssue {
  path: string;
  message: string;
}

type Collection = 'sources' | 'facts' | 'timeline' | 'cases' | 'confusables' | 'names';

function idIssues(pack: FactPack): PackIssue[] {
  const issues: PackIssue[] = [];
  const owner = new Map<string, string>();
  const collections: [string, { id: string }[]][] = [
    ['sources', pack.sources],
    ['facts', pack.facts],
    ['timeline', pack.timeline],
    ['cases', pack.cases],
    ['confusables', pack.confusables],
    ['names', pack.names],
    ['detection.cues', pack.detection.cues],
    ['detection.otherSenses', pack.detection.otherSenses],
  ];
  for (const [name, items] of collections) {
    for (const item of items) {
      const first = owner.get(item.id);
      if (first) {
        issues.push({
          path: `${name}[id=${item.id}].id`,
          message:
            first === name
              ? `duplicate id in ${name}`
              : `id already used in ${first} (ids are shared)`,
        });
      } else {
        owner.set(item.id, name);
      }
    }
  }
  return issues;
}

function sourceRefIssues(pack: FactPack): PackIssue[] {
  const known = new Set(pack.sources.map((s) => s.id));
  const issues: PackIssue[] = [];
  const check = (path: string, refs: readonly string[] | undefined) => {
    refs?.forEach((ref, i) => {
      if (!known.has(ref))
        issues.push({ path: `${path}[${i}]`, message: `unknown source "${ref}"` });
    });
  };
  check('status.sources', pack.status.sources);
  const lists: [Collection, { id: string; sources?: string[] }[]][] = [
    ['facts', pack.facts],
    ['timeline', pack.timeline],
    ['cases', pack.cases],
    ['confusables', pack.confusables],
    ['names', pack.names],
  ];
  for (const [name, items] of lists) {
    for (const item of items) check(`${name}[id=${item.id}].sources`, item.sources);
  }
  for (const fact of pack.facts) {
    if (fact.quote && !fact.sources.includes(fact.quote.source)) {
      issues.push({
        path: `facts[id=${fact.id}].quote.source`,
        message: `quote source "${fact.quote.source}" is not among the fact's sources`,
      });
    }
  }
  return issues;
}

function linkIssues(pack: FactPack): PackIssue[] {
  const urls = new Set(pack.sources.map((s) => s.url));
  const issues: PackIssue[] = [];
  for (const fact of pack.facts) {
    for (const lang of ['en', 'es'] as Lang[]) {
      for (const href of richTextLinks(fact.text[lang])) {
        if (!urls.has(href)) {
          issues.push({
            path: `facts[id=${fact.id}].text.${lang}`,
            message: `link ${href} is not the URL of a source in this pack`,
          });
        }
      }
    }
  }
  return issues;
}

function conflictIssues(pack: FactPack): PackIssue[] {
  const byId = new Map(pack.facts.map((f) => [f.id, f]));
  const issues: PackIssue[] = [];
  for (const fact of pack.facts) {
    fact.conflictsWith?.forEach((other, i) => {
      const path = `facts[id=${fact.id}].conflictsWith[${i}]`;
      const target = byId.get(other);
      if (other === fact.id) issues.push({ path, message: 'a fact cannot conflict with itself' });
      else if (!target) issues.push({ path, message: `unknown fact "${other}"` });
      else if (!target.conflictsWith?.includes(fact.id)) {
        issues.push({ path, message: `"${other}" does not list "${fact.id}" back` });
      }
    });
  }
  return issues;
}

/** The headline status must be the state the timeline gives for the status date. */
function statusIssues(pack: FactPack): PackIssue[] {
  const last = pack.timeline
    .filter((event) => event.status !== undefined && event.date <= pack.status.asOf)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (last?.status === pack.status.state) return [];
  const timelineState = last?.status ?? 'nothing';
  return [
    {
      path: 'status.state',
      message: `"${pack.status.state}" disagrees with the timeline, which gives "${timelineState}" on ${pack.status.asOf}`,
    },
  ];
}

/** Every cross-reference problem in `pack`, in a stable order. */
export function crossReferenceIssues(pack: FactPack): PackIssue[] {
  return [
    ...idIssues(pack),
    ...sourceRefIssues(pack),
    ...linkIssues(pack),
    ...conflictIssues(pack),
    ...statusIssues(pack),
  ];
}
