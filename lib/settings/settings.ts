import { storage } from '#imports';
import { writeSettings } from './define-setting';
import {
  SETTING_NAMES,
  settingItems,
  type SettingName,
  type Settings,
  type SettingValue,
} from './items';

/** Every synced setting, each validated on its own (a bad one reads as its default). */
export async function getSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_NAMES.map((name) => settingItems[name].getValue()));
  return Object.fromEntries(SETTING_NAMES.map((name, i) => [name, values[i]])) as Settings;
}

/**
 * Calls `cb` with all settings whenever any of them changes, in any extension context (so the
 * content script can apply a change from the options page without a reload).
 *
 * Changes that arrive together (an import, a reset) produce one call listing every changed name.
 * A failed read (e.g. the extension was updated under an open page) is logged, not thrown.
 *
 * @returns a function that stops watching; no call happens after it.
 */
export function watchSettings(
  cb: (settings: Settings, changed: SettingName[]) => void,
): () => void {
  let stopped = false;
  let latest = 0;
  let changed = new Set<SettingName>();
  const onChange = (name: SettingName) => {
    changed.add(name);
    const call = ++latest;
    getSettings().then(
      (settings) => {
        // Only the newest read reports, so a slow earlier read cannot overwrite a newer state.
        if (stopped || call !== latest) return;
        const names = [...changed];
        changed = new Set();
        cb(settings, names);
      },
      (error: unknown) => console.warn('[factmark] Could not read settings', error),
    );
  };
  const unwatchers = SETTING_NAMES.map((name) => settingItems[name].watch(() => onChange(name)));
  return () => {
    stopped = true;
    unwatchers.forEach((unwatch) => unwatch());
  };
}

/**
 * Validates and stores one setting.
 *
 * @throws TypeError when `value` is not valid for `name` (nothing is written), or the browser's
 *   error when storage refuses the write (for example a full sync quota).
 */
export function setSetting<K extends SettingName>(name: K, value: SettingValue<K>): Promise<void> {
  return writeSettings([[settingItems[name], value]]);
}

/**
 * Puts every synced setting back to its default, in one storage call, by forgetting the stored
 * values. Schema versions are kept (they describe values written later). The local "Not this
 * MPP" memory is not touched: see `forgetDismissed`.
 */
export async function resetSettings(): Promise<void> {
  await storage.removeItems(SETTING_NAMES.map((name) => settingItems[name].item));
}
