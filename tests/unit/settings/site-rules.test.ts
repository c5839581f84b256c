import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSite,
  DEFAULT_SITE_RULES,
  isSiteEnabled,
  normalizeHostname,
  removeSite,
  toggleSite,
  type SiteRules,
} from '../../../lib/settings';

const allExcept = (...except: string[]): SiteRules => ({ mode: 'all-except', except, only: [] });
const only = (...sites: string[]): SiteRules => ({ mode: 'only', except: [], only: sites });

describe('normalizeHostname', () => {
  it.each([
    ['a bare host name', 'nytimes.com', 'nytimes.com'],
    ['capitals', 'NYTimes.COM', 'nytimes.com'],
    ['a leading www.', 'www.nytimes.com', 'nytimes.com'],
    [
      'a full address with path, port and credentials',
      'https://user@www.elpais.com:443/a?b#c',
      'elpais.com',
    ],
    ['a trailing dot', 'example.com.', 'example.com'],
    ['a wildcard prefix', '*.example.com', 'example.com'],
    ['surrounding spaces', '  example.com ', 'example.com'],
    ['an internationalized name (to punycode)', 'Bücher.example', 'xn--bcher-kva.example'],
    ['an already punycoded name', 'xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['www as the only other label', 'www.com', 'www.com'],
    ['a subdomain other than www', 'edition.cnn.com', 'edition.cnn.com'],
    ['an IPv4 address', '127.0.0.1', '127.0.0.1'],
    ['an IPv6 address', '[::1]', '[::1]'],
    ['localhost', 'localhost', 'localhost'],
  ])('accepts %s', (_case, input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each([
    ['an empty string', ''],
    ['spaces', '   '],
    ['words with a space', 'not a site'],
    ['an empty label', 'a..b'],
    ['a file URL without a host', 'file:///home/me/news.html'],
    ['a path only', '/news/today'],
  ])('rejects %s', (_case, input) => {
    expect(normalizeHostname(input)).toBeNull();
  });
});

describe('isSiteEnabled', () => {
  it.each([
    ['everywhere by default', DEFAULT_SITE_RULES, 'nytimes.com', true],
    ['not on a listed site in all-except mode', allExcept('nytimes.com'), 'nytimes.com', false],
    ['not on its www. form', allExcept('nytimes.com'), 'www.nytimes.com', false],
    ['not on a subdomain of a listed site', allExcept('nytimes.com'), 'cooking.nytimes.com', false],
    [
      'on a site that merely ends with the same letters',
      allExcept('times.com'),
      'nytimes.com',
      true,
    ],
    ['on an unlisted site in all-except mode', allExcept('nytimes.com'), 'elpais.com', true],
    ['on a listed site in only mode', only('elpais.com'), 'elpais.com', true],
    ['on a subdomain in only mode', only('elpais.com'), 'english.elpais.com', true],
    ['not on an unlisted site in only mode', only('elpais.com'), 'nytimes.com', false],
    ['not on a parent of a listed subdomain', only('english.elpais.com'), 'elpais.com', false],
    ['not on a page without a host in only mode', only('elpais.com'), '', false],
    ['on a page without a host in all-except mode', allExcept('elpais.com'), '', true],
  ])('runs %s', (_case, rules, host, expected) => {
    expect(isSiteEnabled(rules, host)).toBe(expected);
  });
});

describe('toggleSite', () => {
  it.each([
    ['adds the site to the exceptions', allExcept(), 'www.NYTimes.com', allExcept('nytimes.com')],
    [
      'removes it from the exceptions',
      allExcept('elpais.com', 'nytimes.com'),
      'nytimes.com',
      allExcept('elpais.com'),
    ],
    [
      'removes a parent domain that covers a subdomain',
      allExcept('nytimes.com'),
      'cooking.nytimes.com',
      allExcept(),
    ],
    [
      'adds the site in only mode',
      only('elpais.com'),
      'nytimes.com',
      only('elpais.com', 'nytimes.com'),
    ],
    [
      'removes it in only mode',
      only('elpais.com', 'nytimes.com'),
      'elpais.com',
      only('nytimes.com'),
    ],
    [
      'leaves the rules alone for an unusable host',
      only('elpais.com'),
      'not a host',
      only('elpais.com'),
    ],
  ])('%s', (_case, rules, host, expected) => {
    expect(toggleSite(rules, host)).toEqual(expected);
  });

  it('keeps the other mode’s list', () => {
    const rules: SiteRules = { mode: 'only', except: ['foxnews.com'], only: [] };
    expect(toggleSite(rules, 'elpais.com').except).toEqual(['foxnews.com']);
  });

  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const host = fc
    .array(label, { minLength: 2, maxLength: 4 })
    .map((labels) => labels.join('.'))
    .filter((h) => normalizeHostname(h) === h);
  const rules = fc.record({
    mode: fc.constantFrom('all-except' as const, 'only' as const),
    except: fc.array(host, { maxLength: 5 }),
    only: fc.array(host, { maxLength: 5 }),
  });

  it('always flips whether Factmark runs on that site, and only the active list changes', () => {
    fc.assert(
      fc.property(rules, host, (r, h) => {
        const toggled = toggleSite(r, h);
        expect(isSiteEnabled(toggled, h)).toBe(!isSiteEnabled(r, h));
        const inactive = r.mode === 'all-except' ? 'only' : 'except';
        expect(toggled[inactive]).toEqual(r[inactive]);
      }),
    );
  });
});

describe('addSite and removeSite', () => {
  it('adds normalized, sorted and without duplicates', () => {
    let rules = addSite(allExcept(), 'except', 'https://www.nytimes.com/');
    rules = addSite(rules, 'except', 'ELPAIS.com');
    rules = addSite(rules, 'except', 'nytimes.com');
    expect(rules.except).toEqual(['elpais.com', 'nytimes.com']);
  });

  it('ignores input that is not a host name', () => {
    const rules = allExcept('elpais.com');
    expect(addSite(rules, 'except', 'two words')).toBe(rules);
  });

  it('removes exactly the given site, not its subdomains', () => {
    const rules = allExcept('elpais.com', 'english.elpais.com');
    expect(removeSite(rules, 'except', 'www.elpais.com').except).toEqual(['english.elpais.com']);
  });
});
