import { browser } from '#imports';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { downloadText } from '../../lib/options/download';
import { createOptionsModel } from '../../lib/options/options-model';
import { applyTheme } from '../../lib/ui/apply-theme';
import '@/lib/ui/page-theme.css';
import './style.css';

const isFirefox = import.meta.env.BROWSER === 'firefox';
// Firefox 137+ can open its shortcut editor; older Firefox cannot, and links to about: pages
// are blocked, so the page only explains the way there. Chrome allows opening its page in a tab.
const firefoxCommands = browser.commands as { openShortcutSettings?: () => Promise<void> };
const openShortcutSettings = isFirefox
  ? firefoxCommands.openShortcutSettings && (() => void firefoxCommands.openShortcutSettings?.())
  : () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

const model = createOptionsModel({
  browserName: isFirefox ? 'firefox' : 'chrome',
  uiLanguages: [browser.i18n.getUILanguage(), ...navigator.languages],
  readShortcut: async () => {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === 'open-context')?.shortcut ?? '';
  },
  openShortcutSettings,
  download: (filename, text) => downloadText(filename, text),
});

effect(() => {
  const t = model.t.value;
  document.documentElement.lang = t.lang;
  document.title = t('options_pageTitle');
  applyTheme(model.settings.theme.value);
});

// Render once stored values are in, so the form never flashes its defaults.
void model.ready.then(() => render(<OptionsPage model={model} />, document.getElementById('app')!));
