import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineSetting, SETTING_NAMES, settingItems } from '../../../lib/settings';

/**
 * No real setting has changed shape yet, so these tests use a test-only item to show the
 * machinery: version 1 stored a bare delay number; version 2 stores `{ mode, hoverDelayMs }`.
 */
const v2Schema = v.object({
  mode: v.picklist(['hover', 'click']),
  hoverDelayMs: v.pipe(v.number(), v.integer()),
});
const toV2 = (previous: unknown) =>
  typeof previous === 'number' ? { mode: 'hover', hoverDelayMs: previous } : previous;

/** Defines the item the way a new release would; WXT migrates at definition time. */
function defineTestItem(migrate = vi.fn(toV2)) {
  const setting = defineSetting('local:migrationTest', {
    schema: v2Schema,
    fallback: { mode: 'hover' as const, hoverDelayMs: 300 },
    version: 2,
    migrations: { 2: migrate },
  });
  return { setting, migrate };
}

const raw = async () => fakeBrowser.storage.local.get(['migrationTest', 'migrationTest$']);

beforeEach(() => fakeBrowser.reset());

describe('setting migrations', () => {
  it('upgrades a value stored by version 1 and records the new version', async () => {
    await fakeBrowser.storage.local.set({ migrationTest: 450 });
    const { setting } = defineTestItem();

    expect(await setting.getValue()).toEqual({ mode: 'hover', hoverDelayMs: 450 });
    expect(await raw()).toEqual({
      migrationTest: { mode: 'hover', hoverDelayMs: 450 },
      migrationTest$: { v: 2 },
    });
  });

  it('does not migrate a value that is already at the current version', async () => {
    await fakeBrowser.storage.local.set({
      migrationTest: { mode: 'click', hoverDelayMs: 500 },
      migrationTest$: { v: 2 },
    });
    const { setting, migrate } = defineTestItem();

    expect(await setting.getValue()).toEqual({ mode: 'click', hoverDelayMs: 500 });
    expect(migrate).not.toHaveBeenCalled();
  });

  it('records the version with every write, so the next start does not migrate again', async () => {
    const first = defineTestItem();
    await first.setting.setValue({ mode: 'click', hoverDelayMs: 800 });
    await first.setting.removeValue();
    await first.setting.setValue({ mode: 'click', hoverDelayMs: 900 });

    const restarted = defineTestItem();
    expect(await restarted.setting.getValue()).toEqual({ mode: 'click', hoverDelayMs: 900 });
    expect(restarted.migrate).not.toHaveBeenCalled();
    expect((await raw()).migrationTest$).toEqual({ v: 2 });
  });

  it('falls back to the default, with a warning, when the old value cannot be migrated', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ migrationTest: 'three hundred' });
    const { setting } = defineTestItem();

    expect(await setting.getValue()).toEqual({ mode: 'hover', hoverDelayMs: 300 });
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each(SETTING_NAMES)('%s has a migration for every version after the first', (name) => {
    const { version, migrations } = settingItems[name];
    for (let target = 2; target <= version; target++) {
      expect(migrations[target], `${name} migration to v${target}`).toBeTypeOf('function');
    }
    expect(
      Object.keys(migrations)
        .map(Number)
        .every((n) => n >= 2 && n <= version),
    ).toBe(true);
  });
});
