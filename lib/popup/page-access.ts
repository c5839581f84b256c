/**
 * Which tab the popup describes, and whether Factmark can run there at all. Browsers keep content
 * scripts out of their own pages, their extension stores and their PDF viewer; on those the popup
 * says so plainly instead of showing an empty list (which would read as "no mentions here").
 * Pure: the caller supplies the URL and whether file access was granted.
 */

/** Why the popup cannot show the page. */
export type UnavailableReason =
  /** chrome://, edge://, about:, view-source:, another extension's page… */
  | 'browser-page'
  /** The Chrome Web Store, Edge Add-ons or addons.mozilla.org. */
  | 'web-store'
  /** A PDF (the browser's viewer is not a web page). */
  | 'pdf'
  /** A file on this device, without "Allow access to file URLs". */
  | 'file'
  /** No tab to describe (closed, or an id that does not exist). */
  | 'no-tab'
  /** The page did not answer: still loading, opened before Factmark was installed, or blocked. */
  | 'no-response';

// Hosts (and path prefixes) where browsers block every extension's content scripts.
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

/**
 * The popup's target tab from its own address: `popup.html?tab=ID` (tests, or the popup opened as
 * a page). `undefined` means "the active tab"; a present but malformed value is `null` (no tab,
 * rather than silently describing some other tab).
 */
export function tabIdFromSearch(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return undefined;
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

/**
 * Why a page at `url` cannot run Factmark, or `null` when it may (the content script is then
 * asked; silence is reported as `no-response`). An unknown URL (`undefined`: the browser hides
 * it from us) is not judged here, for the same reason.
 */
export function unavailableReason(
  url: string | undefined,
  { fileAccess = false }: { fileAccess?: boolean } = {},
): UnavailableReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  // The browser shows a PDF in its own viewer under the document's address: no page to read.
  if (isPdfPath(parsed.pathname)) return 'pdf';
  if (parsed.protocol === 'file:') return fileAccess ? null : 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  const store = STORES.some(
    (s) => s.host === host && (!s.path || path === s.path || path.startsWith(`${s.path}/`)),
  );
  return store ? 'web-store' : null;
}

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/** The hostname the site switch acts on, or `null` when the page has none (file:, about:…). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}
