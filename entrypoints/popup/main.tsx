import { browser } from '#imports';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { copyRich } from '../../lib/clipboard';
import { pack } from '../../lib/facts/pack';
import { createPopupModel } from '../../lib/popup/popup-model';
import { applyTheme } from '../../lib/ui/apply-theme';
import '@/lib/ui/page-theme.css';
import './style.css';

const model = createPopupModel({
  pack,
  search: location.search,
  getTab: (id) => browser.tabs.get(id),
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  sendToTab: (tabId, request) => browser.tabs.sendMessage(tabId, request),
  fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
  onRuntimeMessage: (listener) => {
    // Never answers: the background answers `count`; returning nothing leaves it to it.
    const onMessage = (request: unknown, sender: Parameters<typeof listener>[1]) => {
      listener(request, sender);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  focusTab: async (tab) => {
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    if (tab.id !== undefined) await browser.tabs.update(tab.id, { active: true });
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  // The fallback's temporary text area goes in our own document (this is the extension's page).
  copy: (payload) => copyRich(payload, { container: document.body }),
  uiLanguages: [browser.i18n.getUILanguage(), ...navigator.languages],
});

effect(() => {
  const t = model.t.value;
  document.documentElement.lang = t.lang;
  document.title = t('popup_pageTitle');
  applyTheme(model.settings.theme.value);
});

// Render once the settings are in, so the theme and language never flash their defaults.
void model.settingsReady.then(() =>
  render(<Popup model={model} />, document.getElementById('app')!),
);
