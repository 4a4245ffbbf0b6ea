import { MAX_SELECTION, type WhoIsRequest } from './messages';

/** The keyboard commands, as named in the manifest; the browser lets the user rebind them. */
export const COMMANDS = ['toggle-marking', 'next-mention'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const isCommand = (value: unknown): value is CommandName => COMMANDS.includes(value as CommandName);

/** The context menu item on selected text: "Who is this?". */
export const WHO_IS_MENU_ID = 'who-is-this';

/** What a click on the context menu item asks the frame with the selection; undefined for other items. */
export function whoIsRequest(info: { menuItemId: string | number; selectionText?: string }): WhoIsRequest | undefined {
  if (info.menuItemId !== WHO_IS_MENU_ID) return undefined;
  const text = info.selectionText?.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  return text ? { type: 'who-is', text } : undefined;
}
