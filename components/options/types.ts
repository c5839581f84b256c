import type { OptionsTranslator } from '../../lib/i18n/options-catalogs';
import type { SettingName, Settings } from '../../lib/settings/items';

/** Saves one setting (the page announces the result). */
export type SaveSetting = <K extends SettingName>(name: K, value: Settings[K]) => void;

/** What every settings section receives. */
export interface SectionProps {
  t: OptionsTranslator;
  settings: Settings;
  onChange: SaveSetting;
}
