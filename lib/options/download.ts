/**
 * Offers `text` as a file download from an extension page (no `downloads` permission needed:
 * an object URL on a temporary `<a download>` is enough).
 */
export function downloadText(
  filename: string,
  text: string,
  doc: Document = document,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next task: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `factmark-settings-2026-11-28.json` for the local date of `now`. */
export function settingsFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `factmark-settings-${date}.json`;
}
