import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import packJson from '../../../lib/facts/remain-in-mexico.json';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'factmark-broken-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npx wxt build with FACTMARK_PACK pointing at a broken pack', () => {
  it('fails before bundling and names the fact id and field', { timeout: 120_000 }, async () => {
    const broken = structuredClone(packJson) as { facts: { text: { es?: string } }[] };
    delete broken.facts[0]!.text.es;
    const packPath = join(work, 'broken-pack.json');
    writeFileSync(packPath, JSON.stringify(broken));
    // The project config with the output redirected, so the test never touches .output/.
    const outDir = join(work, 'out');
    const configPath = join(work, 'wxt.config.ts');
    writeFileSync(
      configPath,
      `import base from ${JSON.stringify(join(root, 'wxt.config.ts'))};\n` +
        `export default { ...base, outDir: ${JSON.stringify(outDir)} };\n`,
    );

    const failure = await run('npx', ['--no-install', 'wxt', 'build', '-c', configPath], {
      cwd: root,
      env: { ...process.env, FACTMARK_PACK: packPath, NO_COLOR: '1' },
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

    expect(failure).not.toBeNull();
    expect(failure!.code).not.toBe(0);
    expect(`${failure!.stdout}\n${failure!.stderr}`).toContain(
      `facts[id=${packJson.facts[0]!.id}].text.es: missing Spanish text`,
    );
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});
