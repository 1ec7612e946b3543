/** Opening a link outside Teams: a new tab that cannot reach back into this page. */

/** Opens `url` in a new browser tab with noopener. */
export function openInNewTab(url: string, win: Pick<Window, "open"> = window): void {
  win.open(url, "_blank", "noopener");
}
