/**
 * Functions that run in a test page (pass them to Playwright's `page.evaluate`): self-contained,
 * no imports, no closure.
 */

/**
 * Adds and removes more nodes at once than Factmark's mutation watcher follows one by one (its
 * batch limit is 4,000), which makes the running content script scan the whole page again. The
 * nodes are gone by then, so the page is the same.
 */
export function overflowMutations() {
  const added = [];
  for (let i = 0; i < 4100; i++) added.push(document.body.appendChild(document.createComment('')));
  for (const node of added) node.remove();
}
