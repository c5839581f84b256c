// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsPage } from '../../../components/options/OptionsPage';
import {
  createOptionsModel,
  STATUS_MS,
  type OptionsEnvironment,
  type OptionsModel,
} from '../../../lib/options/options-model';
import { getSettings, setSetting } from '../../../lib/settings';

let root: HTMLElement;
let model: OptionsModel;
let env: OptionsEnvironment & { download: ReturnType<typeof vi.fn> };

async function mount(overrides: Partial<OptionsEnvironment> = {}) {
  env = {
    browserName: 'chrome',
    uiLanguages: ['en-US'],
    readShortcut: () => Promise.resolve('Alt+Shift+F'),
    download: vi.fn(),
    now: () => new Date(2026, 10, 28, 12),
    ...overrides,
  } as typeof env;
  model = createOptionsModel(env);
  await model.ready;
  await act(() => render(<OptionsPage model={model} />, root));
}

/** Lets storage events and signal updates reach the DOM. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => {
  const element = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no [data-testid="${id}"]`);
  return element;
};
const status = () => byTestId('status').textContent;

async function click(element: HTMLElement) {
  await act(() => element.click());
  await settle();
}

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function commit(input: HTMLInputElement, value: string) {
  await type(input, value);
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

async function chooseFile(content: string) {
  const input = byTestId<HTMLInputElement>('import-settings');
  const file = new File([content], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(async () => {
    await settle();
    expect(byTestId('import-error').textContent + status()).not.toBe('');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(() => render(null, root));
  model.dispose();
  root.remove();
  vi.useRealTimers();
});

describe('options page', () => {
  it('shows the stored settings, with labelled controls', async () => {
    await setSetting('markStyle', 'tint');
    await mount();

    const enabled = byTestId<HTMLInputElement>('setting-enabled');
    expect(enabled.checked).toBe(true);
    expect(root.querySelector(`label[for="${enabled.id}"]`)?.textContent).toBe(
      'Show context on news pages',
    );
    expect(byTestId<HTMLInputElement>('setting-markStyle-tint').checked).toBe(true);
    expect(byTestId('setting-markStyle').querySelector('legend')?.textContent).toBe(
      'How mentions are marked',
    );
    for (const input of root.querySelectorAll('input:not([type=file]), select')) {
      expect(root.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
  });

  it('saves a change at once and says so politely', async () => {
    await mount();
    await click(byTestId('setting-enabled'));

    expect((await getSettings()).enabled).toBe(false);
    expect(byTestId('status').getAttribute('role')).toBe('status');
    expect(status()).toBe('Saved: on or off.');
  });

  it('clears the status message after a while', async () => {
    await mount();
    vi.useFakeTimers();
    await act(() => byTestId('setting-theme-dark').click());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(status()).toBe('Saved: theme.');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(STATUS_MS);
    });
    expect(status()).toBe('');
  });

  it('follows changes made elsewhere (the popup, another tab)', async () => {
    await mount();
    await act(() => setSetting('enabled', false));
    await settle();
    expect(byTestId<HTMLInputElement>('setting-enabled').checked).toBe(false);
  });

  it('switches its own language when the language setting changes', async () => {
    await mount();
    await act(() => {
      const select = byTestId<HTMLSelectElement>('setting-language');
      select.value = 'es';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('h1')?.textContent).toBe('Configuración de Factmark');
    expect(status()).toBe('Guardado: idioma.');
  });

  it('uses the browser language in auto mode', async () => {
    await mount({ uiLanguages: ['es-419', 'en'] });
    expect(root.querySelector('h1')?.textContent).toBe('Configuración de Factmark');
  });

  describe('site list', () => {
    it('adds a normalized site and removes it', async () => {
      await mount();
      await type(byTestId('setting-siteRules-add-input'), 'https://www.NYTimes.com/politics');
      await click(byTestId('setting-siteRules-add'));

      expect((await getSettings()).siteRules.except).toEqual(['nytimes.com']);
      expect(byTestId('setting-siteRules-list').textContent).toContain('nytimes.com');

      await click(root.querySelector<HTMLButtonElement>('[aria-label="Remove nytimes.com"]')!);
      expect((await getSettings()).siteRules.except).toEqual([]);
      expect(document.activeElement).toBe(byTestId('setting-siteRules-add-input'));
    });

    it('explains an address it cannot use, and stores nothing', async () => {
      await mount();
      const input = byTestId<HTMLInputElement>('setting-siteRules-add-input');
      await type(input, 'not a site');
      await click(byTestId('setting-siteRules-add'));

      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(root.querySelector(`#${input.id}-error`)?.textContent).toContain('“not a site”');
      expect((await getSettings()).siteRules.except).toEqual([]);
    });

    it('edits the "only" list after switching modes', async () => {
      await mount();
      await click(byTestId('setting-siteRules-mode-only'));
      await type(byTestId('setting-siteRules-add-input'), 'elpais.com');
      await click(byTestId('setting-siteRules-add'));

      expect((await getSettings()).siteRules).toEqual({
        mode: 'only',
        except: [],
        only: ['elpais.com'],
      });
      expect(root.textContent).toContain('Sites where Factmark is on');
    });
  });

  it('refuses an out-of-range hover delay and saves a valid one', async () => {
    await mount();
    const input = byTestId<HTMLInputElement>('setting-trigger-hoverDelayMs');
    await commit(input, '5000');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await getSettings()).trigger.hoverDelayMs).toBe(300);

    await commit(input, '750');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect((await getSettings()).trigger).toEqual({ mode: 'hover', hoverDelayMs: 750 });
  });

  it('disables the strictness choice while the acronym is not detected', async () => {
    await mount();
    await click(byTestId('setting-names-acronym'));
    expect((await getSettings()).names.acronym).toBe(false);
    expect(byTestId<HTMLFieldSetElement>('setting-acronymStrictness').disabled).toBe(true);
  });

  it.each([
    ['Alt+Shift+F', 'Current shortcut: Alt+Shift+F'],
    ['', 'No shortcut is set.'],
  ])('shows the shortcut %j', async (keys, text) => {
    await mount({ readShortcut: () => Promise.resolve(keys) });
    await settle();
    expect(byTestId('shortcut-current').textContent).toBe(text);
  });

  it('says when the shortcut cannot be read, and explains Firefox’s way to change it', async () => {
    await mount({ browserName: 'firefox', readShortcut: () => Promise.reject(new Error('no')) });
    await settle();
    expect(byTestId('shortcut-current').textContent).toBe(
      'The current shortcut could not be read.',
    );
    expect(root.textContent).toContain('about:addons');
    expect(root.textContent).not.toContain('Open shortcut settings');
  });

  describe('backup', () => {
    it('exports the settings as a dated JSON download', async () => {
      await setSetting('theme', 'dark');
      await mount();
      await click(byTestId('export-settings'));

      const [filename, text] = env.download.mock.calls[0]!;
      expect(filename).toBe('factmark-settings-2026-11-28.json');
      expect(JSON.parse(text).settings.theme).toBe('dark');
    });

    it('imports a valid file', async () => {
      await mount();
      await chooseFile(
        JSON.stringify({
          format: 'factmark-settings',
          version: 1,
          settings: { markStyle: 'hidden' },
        }),
      );
      expect((await getSettings()).markStyle).toBe('hidden');
      expect(status()).toBe('Imported 1 setting.');
      expect(byTestId('import-error').textContent).toBe('');
    });

    it('shows why a malformed file was refused, in an alert, and changes nothing', async () => {
      await setSetting('enabled', false);
      await mount();
      const before = await fakeBrowser.storage.sync.get();

      await chooseFile('{ "format": "factmark-settings", "version": 1, "settings": { "enabled": ');

      const error = byTestId('import-error');
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent).toBe(
        'This file is not valid JSON, so it is not a Factmark settings file. Nothing was changed.',
      );
      expect(await fakeBrowser.storage.sync.get()).toEqual(before);
    });

    it('resets only after confirmation, with focus on the safe choice', async () => {
      await setSetting('markStyle', 'tint');
      await mount();
      await click(byTestId('reset-settings'));
      expect(document.activeElement?.textContent).toBe('Cancel');

      await click(document.activeElement as HTMLElement);
      expect((await getSettings()).markStyle).toBe('tint');
      expect(document.activeElement).toBe(byTestId('reset-settings'));

      await click(byTestId('reset-settings'));
      await click(byTestId('reset-confirm'));
      expect((await getSettings()).markStyle).toBe('underline-dotted');
      expect(status()).toBe('All settings are back to their defaults.');
    });

    it('counts and forgets the "Not this MPP" choices', async () => {
      await fakeBrowser.storage.local.set({
        dismissedNames: { 'cbc.ca': ['mpp'], 'x.ca': ['mpp'] },
      });
      await mount();
      expect(root.textContent).toContain('You told Factmark to ignore a name on 2 sites.');

      await click(byTestId('forget-dismissed'));
      expect(byTestId<HTMLButtonElement>('forget-dismissed').disabled).toBe(true);
      expect(await fakeBrowser.storage.local.get('dismissedNames')).toEqual({});
    });
  });
});
