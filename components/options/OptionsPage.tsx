import type { OptionsModel } from '../../lib/options/options-model';
import { SETTING_NAMES, type Settings } from '../../lib/settings/items';
import { BackupSection } from './BackupSection';
import { DetectionSection } from './DetectionSection';
import { CitationSection, DisplaySection } from './DisplaySection';
import { GeneralSection } from './GeneralSection';
import { MarksSection } from './MarksSection';
import { ShortcutSection } from './ShortcutSection';
import { SiteRulesSection } from './SiteRulesSection';
import type { SaveSetting } from './types';

/** The whole options page, rendered from the model's signals. */
export function OptionsPage({ model }: { model: OptionsModel }) {
  const t = model.t.value;
  const settings = Object.fromEntries(
    SETTING_NAMES.map((name) => [name, model.settings[name].value]),
  ) as Settings;
  const onChange: SaveSetting = (name, value) => void model.save(name, value);
  const section = { t, settings, onChange };
  return (
    <>
      <main class="page">
        <header class="page-header">
          <h1>{t('options_pageTitle')}</h1>
          <p>{t('options_intro')}</p>
          <p class="hint">{t('options_privacy')}</p>
        </header>
        <GeneralSection {...section} />
        <SiteRulesSection {...section} />
        <DetectionSection {...section} />
        <MarksSection {...section} />
        <CitationSection {...section} />
        <DisplaySection {...section} />
        <ShortcutSection
          t={t}
          shortcut={model.shortcut.value}
          browserName={model.browserName}
          onOpenSettings={model.openShortcutSettings}
        />
        <BackupSection
          t={t}
          importError={model.importError.value}
          dismissedSites={model.dismissedSites.value}
          onExport={() => void model.exportFile()}
          onImport={(text) => void model.importFile(text)}
          onReset={() => void model.reset()}
          onForgetDismissed={() => void model.forgetDismissed()}
        />
      </main>
      <div class="status" role="status" data-testid="status">
        {model.status.value}
      </div>
    </>
  );
}
