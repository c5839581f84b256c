import type { ConsoleMessage, Page } from '@playwright/test';

/** Collects uncaught page errors and console errors/warnings (ours are prefixed `[factmark]`). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  return problems;
}
