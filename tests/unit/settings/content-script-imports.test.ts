import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content script imports `lib/settings` and `lib/i18n` on every page, so what they pull in is
 * paid everywhere. These modules must stay out of that graph: Preact and signals (the latter has
 * side effects, so bundlers keep it even unused) and the large options-page catalog.
 */
const FORBIDDEN = [/^preact/, /^@preact\//, /options-catalogs$/, /locales\/\w+\/options\.json$/];

const ROOT = resolve(__dirname, '../../..');

/** Every import specifier reachable from `entry` through relative imports. */
function reachableImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments may mention modules (this rule is documented in one); only code counts.
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
      specifiers.add(spec!);
      if (!spec!.startsWith('.')) continue;
      const base = resolve(dirname(file), spec!);
      const target = [base, `${base}.ts`, `${base}/index.ts`].find(
        (path) => existsSync(path) && !path.endsWith('/'),
      );
      if (target?.endsWith('.ts')) visit(target);
      else if (target?.endsWith('.json')) specifiers.add(target);
    }
  };
  visit(resolve(ROOT, entry));
  return specifiers;
}

describe('what the content script pulls in', () => {
  it.each(['lib/settings/index.ts', 'lib/i18n/index.ts'])('%s stays small', (entry) => {
    const imports = [...reachableImports(entry)];
    expect(imports.length).toBeGreaterThan(2);
    for (const pattern of FORBIDDEN) {
      expect(
        imports.filter((spec) => pattern.test(spec)),
        String(pattern),
      ).toEqual([]);
    }
  });

  it('would notice a forbidden import (the options page graph has them)', () => {
    const imports = [...reachableImports('lib/options/options-model.ts')];
    expect(imports).toEqual(
      expect.arrayContaining(['@preact/signals', '../i18n/options-catalogs']),
    );
  });
});
