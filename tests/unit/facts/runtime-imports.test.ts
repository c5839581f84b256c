import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Every package a module reaches through its relative imports (type-only imports excluded). */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(
      /^(?:import|export)(?! type)[^'"]*?from\s+'([^']+)'/gm,
    )) {
      if (spec!.startsWith('.'))
        visit(resolve(dirname(file), spec!.endsWith('.json') ? spec! : `${spec}.ts`));
      else packages.add(spec!);
    }
  };
  visit(resolve(root, entry));
  return packages;
}

// Modules the content script may import: they must not pull the validator (valibot) or the
// sanitizer (DOMPurify, ~70 kB) into its bundle.
describe.each([
  'lib/facts/pack.ts',
  'lib/facts/accessors.ts',
  'lib/facts/rank.ts',
  'lib/rich-text.ts',
  'lib/citation/index.ts',
  'lib/clipboard.ts',
])('%s, usable from the content script', (entry) => {
  it('reaches neither valibot nor DOMPurify', () => {
    const reached = packagesReachedFrom(entry);
    expect(reached.has('valibot')).toBe(false);
    expect(reached.has('dompurify')).toBe(false);
  });
});

describe('the import walker itself', () => {
  it('does see valibot behind the validator and DOMPurify behind the sanitizer', () => {
    expect(packagesReachedFrom('lib/facts/validate.ts').has('valibot')).toBe(true);
    expect(packagesReachedFrom('lib/sanitize.ts').has('dompurify')).toBe(true);
  });
});
