// What the e2e/demo/bench servers serve, in one place.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const siteMounts = {
  '/': path.join(repo, 'tests/e2e/site'),
  '/corpus/': path.join(repo, 'tests/fixtures/corpus'),
  '/demo/': path.join(repo, 'demo'),
};

/**
 * Extra response headers by path. Pages named `*.csp.html` get a strict Content Security Policy with
 * Trusted Types enforced, to prove the extension works there without violations.
 */
export function siteHeaders(urlPath) {
  if (urlPath.endsWith('.csp.html')) {
    return {
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
    };
  }
  return {};
}
