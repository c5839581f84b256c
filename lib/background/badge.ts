/**
 * The toolbar badge: the number of mentions on each tab (nothing when zero), and a grey icon when
 * Factmark is switched off for the tab's site or paused. Per tab, so tabs never show each other's
 * counts; browsers reset per-tab badge values when a tab navigates, and so do we.
 */
import type { Browser } from 'wxt/browser';
import type { PageState } from '../messaging/protocol';

type Action = Pick<
  typeof Browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setIcon' | 'setTitle'
>;

const ICON_ON = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const ICON_OFF = {
  16: 'icon/off-16.png',
  32: 'icon/off-32.png',
  48: 'icon/off-48.png',
  128: 'icon/off-128.png',
};

/** The badge text for a count: empty for none, "999+" past three digits. */
export function badgeText(count: number, state: PageState): string {
  if (state !== 'on' || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Shows `count` and `state` on `tabId`'s toolbar button. */
export async function showTabState(
  action: Action,
  tabId: number,
  count: number,
  state: PageState,
): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: badgeText(count, state) }),
    action.setBadgeBackgroundColor({ tabId, color: '#0b5d57' }),
    action.setIcon({ tabId, path: state === 'on' ? ICON_ON : ICON_OFF }),
  ]);
}
