/** A label list such as `example.co.uk` or `xn--bcher-kva.example`, or an IPv4 address. */
const HOSTNAME = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
/** An IPv6 literal as the URL parser writes it: `[::1]`. */
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Without a scheme, input must start like a host (a path such as `/news` is not one). */
const STARTS_LIKE_HOST = /^[\p{L}\p{N}[*]/u;

/**
 * Normalizes what a reader types or a page reports into the form our site lists store: the bare
 * hostname, lowercase, in punycode (ASCII), without a trailing dot, a leading `*.` or a leading
 * `www.` (so `https://WWW.Example.com/news`, `example.com.` and `*.example.com` are all
 * `example.com`). `www.` stays when removing it would leave a single label (`www.com`).
 *
 * The URL parser does the IDNA conversion, so `bücher.example` and `xn--bcher-kva.example` are
 * the same entry, and anything it rejects (spaces, `a..b`, empty) is rejected here too.
 *
 * @returns the normalized hostname, or `null` when `input` is not a usable hostname.
 */
export function normalizeHostname(input: string): string | null {
  const text = input.trim();
  const hasScheme = HAS_SCHEME.test(text);
  if (!hasScheme && !STARTS_LIKE_HOST.test(text)) return null;
  let host: string;
  try {
    host = new URL(hasScheme ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('*.')) host = host.slice(2);
  if (host.startsWith('www.') && host.indexOf('.', 4) !== -1) host = host.slice(4);
  return HOSTNAME.test(host) || IPV6.test(host) ? host : null;
}

/** True when `hostname` is `site` itself or one of its subdomains (both normalized). */
export function hostMatches(site: string, hostname: string): boolean {
  return hostname === site || hostname.endsWith(`.${site}`);
}
