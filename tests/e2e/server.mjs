// Static server for the end-to-end tests (Playwright's webServer). Loopback only.
//   /          tests/e2e/site       hand-written test pages
//   /corpus/   tests/fixtures/corpus real saved news pages (Mozilla Readability fixtures, Apache-2.0)
//   /demo/     demo                  the demo article
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { siteMounts, siteHeaders } from './site-mounts.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const server = await startStaticServer({ mounts: siteMounts, port, headers: siteHeaders });
console.log(`e2e pages on ${server.url}`);
