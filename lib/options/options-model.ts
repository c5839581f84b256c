/**
 * The options page's state and actions: every setting as a signal, the interface translator,
 * and the messages the page announces. The page's components render this; the entrypoint
 * supplies the browser-specific parts (`OptionsEnvironment`).
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createOptionsTranslator, type OptionsTranslator } from '../i18n/options-catalogs';
import { resolveUiLang } from '../i18n/resolve-ui-lang';
import { bindStorageItem, type StorageBinding } from '../settings/bind-storage-item';
import { dismissedNames, forgetDismissed } from '../settings/dismissed';
import { SETTING_NAMES, settingItems, type SettingName, type Settings } from '../settings/items';
import { resetSettings, setSetting } from '../settings/settings';
import { exportSettings, importSettings } from '../settings/transfer';
import { settingsFileName } from './download';
import { describeImportProblem } from './import-messages';

/** What the page needs from the browser, injected so the model can be tested without one. */
export interface OptionsEnvironment {
  /** Which browser's instructions to show for changing the shortcut. */
  browserName: 'chrome' | 'firefox';
  /** Browser interface languages, most preferred first. */
  uiLanguages: readonly string[];
  /** The `open-context` shortcut: '' when none is set; rejects when it cannot be read. */
  readShortcut(): Promise<string>;
  /** Opens the browser's shortcut settings, where the browser allows an extension to. */
  openShortcutSettings?: () => void;
  download(filename: string, text: string): void;
  now?: () => Date;
}

/** How long a status message stays on screen (it has been announced by then). */
export const STATUS_MS = 6000;

/** A message in whatever language the page shows when it is rendered. */
type Message = (t: OptionsTranslator) => string;

/** `undefined` while loading, `null` when unknown, '' when no shortcut is set. */
export type ShortcutState = string | null | undefined;

export interface OptionsModel {
  settings: { [K in SettingName]: ReadonlySignal<Settings[K]> };
  t: ReadonlySignal<OptionsTranslator>;
  /** The polite status line ("Saved: theme."). */
  status: ReadonlySignal<string>;
  /** The import error ('' when none), shown in a `role="alert"` region. */
  importError: ReadonlySignal<string>;
  shortcut: ReadonlySignal<ShortcutState>;
  browserName: OptionsEnvironment['browserName'];
  openShortcutSettings: OptionsEnvironment['openShortcutSettings'];
  /** How many sites have "Not this MPP" choices. */
  dismissedSites: ReadonlySignal<number>;
  /** Settles once every stored value has been read (render after it to avoid a flash). */
  ready: Promise<void>;
  save<K extends SettingName>(name: K, value: Settings[K]): Promise<void>;
  exportFile(): Promise<void>;
  importFile(text: string): Promise<void>;
  reset(): Promise<void>;
  forgetDismissed(): Promise<void>;
  dispose(): void;
}

/** Creates the options page model and starts mirroring storage. */
export function createOptionsModel(env: OptionsEnvironment): OptionsModel {
  const now = env.now ?? (() => new Date());
  const bindings = {} as { [K in SettingName]: StorageBinding<Settings[K]> };
  for (const name of SETTING_NAMES) {
    (bindings as Record<SettingName, StorageBinding<unknown>>)[name] = bindStorageItem<unknown>(
      settingItems[name],
    );
  }
  const dismissed = bindStorageItem(dismissedNames);
  const settings = Object.fromEntries(
    SETTING_NAMES.map((name) => [name, bindings[name].signal]),
  ) as OptionsModel['settings'];

  const t = computed(() =>
    createOptionsTranslator(resolveUiLang(settings.language.value, env.uiLanguages)),
  );
  const status = signal<Message | null>(null);
  const importError = signal<Message | null>(null);
  const shortcut = signal<ShortcutState>(undefined);
  env.readShortcut().then(
    (keys) => (shortcut.value = keys),
    () => (shortcut.value = null),
  );

  let clearStatus: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: Message) => {
    status.value = message;
    clearTimeout(clearStatus);
    clearStatus = setTimeout(() => (status.value = null), STATUS_MS);
  };
  const label =
    (name: SettingName): Message =>
    (tr) =>
      tr(`options_settingName_${name}`);

  return {
    settings,
    t,
    status: computed(() => status.value?.(t.value) ?? ''),
    importError: computed(() => importError.value?.(t.value) ?? ''),
    shortcut,
    browserName: env.browserName,
    openShortcutSettings: env.openShortcutSettings,
    dismissedSites: computed(() => Object.keys(dismissed.signal.value).length),
    ready: Promise.all([...Object.values(bindings), dismissed].map((b) => b.ready)).then(() => {}),
    async save(name, value) {
      try {
        await setSetting(name, value);
        announce((tr) => tr('options_status_saved', label(name)(tr)));
      } catch (error) {
        const detail = String((error as Error)?.message ?? error);
        announce((tr) => tr('options_status_saveFailed', label(name)(tr), detail));
      }
    },
    async exportFile() {
      const date = now();
      env.download(settingsFileName(date), await exportSettings(date));
      announce((tr) => tr('options_export_done'));
    },
    async importFile(text) {
      const result = await importSettings(text);
      if (result.ok) {
        importError.value = null;
        announce((tr) => tr.plural('options_import_done', result.imported.length));
      } else {
        importError.value = (tr) => describeImportProblem(result.problem, tr);
        status.value = null;
      }
    },
    async reset() {
      await resetSettings();
      importError.value = null;
      announce((tr) => tr('options_reset_done'));
    },
    async forgetDismissed() {
      await forgetDismissed();
      announce((tr) => tr('options_dismissed_done'));
    },
    dispose() {
      clearTimeout(clearStatus);
      Object.values(bindings).forEach((b) => b.dispose());
      dismissed.dispose();
    },
  };
}
