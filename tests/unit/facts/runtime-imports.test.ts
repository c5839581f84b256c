import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The file a relative or `@/` import names: as written, or with .ts, .tsx or /index.ts. */
function resolveModule(from: string, spec: string): string {
  const base = spec.startsWith('@/') ? resolve(root, spec.slice(2)) : resolve(dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  throw new Error(`Cannot resolve '${spec}' from ${from}`);
}

/** Every package a module reaches through its own imports (type-only imports excluded). */
function packagesReachedFrom(entry: string): Set<string> {
  return reachedFrom(entry).packages;
}

/** The packages and our own files a module reaches (type-only imports excluded). */
function reachedFrom(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(
      /^(?:import|export)(?! type)[^'"]*?from\s+'([^']+)'/gm,
    )) {
      if (spec!.includes('?')) continue;
      if (spec!.startsWith('.') || spec!.startsWith('@/')) visit(resolveModule(file, spec!));
      else packages.add(spec!);
    }
  };
  visit(resolve(root, entry));
  return { packages, files: new Set([...seen].map((file) => relative(root, file))) };
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

// The content script runs on every page: Preact, its hooks and the signals' Preact integration
// (about 15 kB) belong in the popover's UI bundle. The content script uses @preact/signals-core.
describe('the content script (lib/content/app.ts)', () => {
  it('reaches neither Preact nor @preact/signals', () => {
    const reached = [...packagesReachedFrom('lib/content/app.ts')];
    expect(reached.filter((name) => /^(?:preact|@preact\/signals)(?:$|\/)/.test(name))).toEqual([]);
    expect(reached).toContain('@preact/signals-core');
  });

  it("reaches none of the interface's message catalogs, only its own messages", () => {
    const { files } = reachedFrom('lib/content/app.ts');
    expect(files).toContain('lib/i18n/content-catalogs.ts');
    expect(files).not.toContain('lib/i18n/catalogs.ts');
    expect(files).not.toContain('lib/i18n/index.ts');
  });
});

describe('the import walker itself', () => {
  it('does see valibot behind the validator and DOMPurify behind the sanitizer', () => {
    expect(packagesReachedFrom('lib/facts/validate.ts').has('valibot')).toBe(true);
    expect(packagesReachedFrom('lib/sanitize.ts').has('dompurify')).toBe(true);
  });
});
