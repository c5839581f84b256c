/** See page-actions.mjs: runs in the page, makes the content script scan the whole page again. */
export function overflowMutations(): void;
