import { describe, expect, it } from 'vitest';
import { siteOf, tabIdFromSearch, unavailableReason } from '../../../lib/popup/page-access';

describe('tabIdFromSearch', () => {
  it('reads ?tab=ID, means "the active tab" without it, and refuses a malformed id', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tab=1283865005')).toBe(1283865005);
    expect(tabIdFromSearch('')).toBeUndefined();
    expect(tabIdFromSearch('?other=1')).toBeUndefined();
    for (const bad of ['?tab=', '?tab=abc', '?tab=-1', '?tab=1.5', '?tab=1e3']) {
      expect(tabIdFromSearch(bad), bad).toBeNull();
    }
  });
});

describe('unavailableReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', 'browser-page'],
    ['moz-extension://0b1c/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['not a url', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/REPORT.PDF?download=1#page=2', 'pdf'],
    ['file:///home/me/article.html', 'file'],
  ] as const)('%s → %s', (url, reason) => {
    expect(unavailableReason(url)).toBe(reason);
  });

  it('lets ordinary web pages through, including look-alikes of the stores', () => {
    for (const url of [
      'https://www.nytimes.com/2025/01/21/us/remain-in-mexico.html',
      'http://127.0.0.1:4173/popup.html',
      'https://chrome.google.com/search?q=webstore',
      'https://chrome.google.com/webstorefront',
      'https://example.com/pdf-guide.html',
      'https://notaddons.mozilla.org.example.com/',
    ]) {
      expect(unavailableReason(url), url).toBeNull();
    }
  });

  it('lets file: pages through only with file access, and leaves an unknown URL to the page', () => {
    expect(unavailableReason('file:///tmp/a.html', { fileAccess: true })).toBeNull();
    expect(unavailableReason('file:///tmp/a.pdf', { fileAccess: true })).toBe('pdf');
    expect(unavailableReason(undefined)).toBeNull();
  });
});

describe('siteOf', () => {
  it('is the hostname of web pages only', () => {
    expect(siteOf('https://www.example.com/a?b')).toBe('www.example.com');
    expect(siteOf('http://127.0.0.1:4173/x')).toBe('127.0.0.1');
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
    expect(siteOf('nope')).toBeNull();
  });
});
