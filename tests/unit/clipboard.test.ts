// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyRich } from '../../lib/clipboard';

const payload = {
  text: 'Fact. Source: DHS.',
  html: '<p>Fact. Source: <a href="https://dhs.gov/">DHS</a>.</p>',
};

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
}
const ClipboardItem = FakeItem as unknown as typeof globalThis.ClipboardItem;
const refused = () =>
  Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));

function fakeClipboard(write: () => Promise<void>, writeText: () => Promise<void>) {
  const clipboard = { write: vi.fn(write), writeText: vi.fn(writeText) };
  return { clipboard, env: clipboard as unknown as Clipboard };
}

describe('copyRich with the async Clipboard API', () => {
  it('writes one item holding both text/plain and text/html', async () => {
    const { clipboard, env } = fakeClipboard(() => Promise.resolve(), refused);
    await expect(copyRich(payload, { clipboard: env, ClipboardItem })).resolves.toBe('copied');
    const [[items]] = clipboard.write.mock.calls as unknown as [[FakeItem[]]];
    expect(items).toHaveLength(1);
    const blobs = items[0]!.items;
    expect(Object.keys(blobs).sort()).toEqual(['text/html', 'text/plain']);
    expect(await blobs['text/plain']!.text()).toBe(payload.text);
    expect(await blobs['text/html']!.text()).toBe(payload.html);
    expect(blobs['text/html']!.type).toBe('text/html');
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('falls back to writeText when write is refused with NotAllowedError', async () => {
    const { clipboard, env } = fakeClipboard(refused, () => Promise.resolve());
    await expect(copyRich(payload, { clipboard: env, ClipboardItem })).resolves.toBe('copied');
    expect(clipboard.write).toHaveBeenCalledOnce();
    expect(clipboard.writeText).toHaveBeenCalledWith(payload.text);
  });

  it('uses writeText when the browser has no ClipboardItem', async () => {
    const { clipboard, env } = fakeClipboard(
      () => Promise.resolve(),
      () => Promise.resolve(),
    );
    await expect(copyRich(payload, { clipboard: env })).resolves.toBe('copied');
    expect(clipboard.write).not.toHaveBeenCalled();
    expect(clipboard.writeText).toHaveBeenCalledWith(payload.text);
  });
});

describe('copyRich fallback (execCommand inside our container)', () => {
  let host: HTMLElement;
  let container: HTMLElement;
  let button: HTMLButtonElement;
  let store: Map<string, string>;
  let pageHandler: ReturnType<typeof vi.fn<(event: Event) => void>>;

  /** Simulates the browser: a copy event at the selection's element, then its answer. */
  function stubExecCommand(answer: boolean | 'throw') {
    const execCommand = vi.fn((command: string) => {
      if (answer === 'throw') throw new Error('not supported');
      expect(command).toBe('copy');
      const area = container.querySelector('textarea');
      expect(area?.value).toBe(payload.text);
      expect(container.shadowRoot ?? (container.getRootNode() as ShadowRoot).activeElement).toBe(
        area,
      );
      const event = new Event('copy', { bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(event, 'clipboardData', {
        value: { setData: (type: string, data: string) => store.set(type, data) },
      });
      area!.dispatchEvent(event);
      return answer;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    return execCommand;
  }

  beforeEach(() => {
    host = document.createElement('factmark-ui');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    container = document.createElement('div');
    button = document.createElement('button');
    container.append(button);
    shadow.append(container);
    button.focus();
    store = new Map();
    pageHandler = vi.fn<(event: Event) => void>();
    document.addEventListener('copy', pageHandler);
  });

  afterEach(() => {
    document.removeEventListener('copy', pageHandler);
    host.remove();
  });

  it.each([
    ['there is no Clipboard API', {}],
    [
      'the Clipboard API refuses both ways',
      { clipboard: fakeClipboard(refused, refused).env, ClipboardItem },
    ],
  ])('sets both types through the copy event when %s', async (_, apiEnv) => {
    const execCommand = stubExecCommand(true);
    await expect(copyRich(payload, { ...apiEnv, doc: document, container })).resolves.toBe(
      'fallback',
    );
    expect(execCommand).toHaveBeenCalledOnce();
    expect(Object.fromEntries(store)).toEqual({
      'text/plain': payload.text,
      'text/html': payload.html,
    });
  });

  it("keeps the page's copy handlers off the payload and leaves no trace in the DOM", async () => {
    stubExecCommand(true);
    const bodyBefore = document.body.children.length;
    await copyRich(payload, { doc: document, container });
    expect(pageHandler).not.toHaveBeenCalled();
    expect(container.querySelector('textarea')).toBeNull();
    expect(document.body.children.length).toBe(bodyBefore);
    expect(host.shadowRoot!.activeElement).toBe(button);
  });

  it('stops listening once done, so later copies by the reader are untouched', async () => {
    stubExecCommand(true);
    await copyRich(payload, { doc: document, container });
    document.body.dispatchEvent(new Event('copy', { bubbles: true }));
    expect(pageHandler).toHaveBeenCalledOnce();
  });

  it.each([
    ['execCommand reports failure', false],
    ['execCommand throws', 'throw'],
  ] as const)('fails when %s', async (_, answer) => {
    stubExecCommand(answer);
    await expect(copyRich(payload, { doc: document, container })).resolves.toBe('failed');
    expect(container.querySelector('textarea')).toBeNull();
  });

  it('fails without a container rather than touching the page', async () => {
    const execCommand = stubExecCommand(true);
    await expect(copyRich(payload, { doc: document })).resolves.toBe('failed');
    expect(execCommand).not.toHaveBeenCalled();
  });
});
