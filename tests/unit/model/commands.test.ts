import { describe, expect, test } from 'vitest';
import { isCommand, WHO_IS_MENU_ID, whoIsRequest } from '../../../model/commands';
import { MAX_SELECTION, parseContentMessage } from '../../../model/messages';

describe('the context menu', () => {
  test('asks about the selected text, tidied, in a message the content script accepts', () => {
    const request = whoIsRequest({ menuItemId: WHO_IS_MENU_ID, selectionText: '  Sam\n Altman ' });
    expect(request).toEqual({ type: 'who-is', text: 'Sam Altman' });
    expect(parseContentMessage(request)).toEqual(request);
  });

  test('cuts a long selection to what a message may carry', () => {
    const request = whoIsRequest({ menuItemId: WHO_IS_MENU_ID, selectionText: 'Altman '.repeat(200) });
    expect(request?.text.length).toBe(MAX_SELECTION);
    expect(parseContentMessage(request)).toEqual(request);
  });

  test('ignores other menu items and empty selections', () => {
    expect(whoIsRequest({ menuItemId: 'other', selectionText: 'Sam Altman' })).toBeUndefined();
    expect(whoIsRequest({ menuItemId: WHO_IS_MENU_ID, selectionText: '  ' })).toBeUndefined();
    expect(whoIsRequest({ menuItemId: WHO_IS_MENU_ID })).toBeUndefined();
  });
});

test('knows its own keyboard commands only', () => {
  expect(isCommand('toggle-marking')).toBe(true);
  expect(isCommand('next-mention')).toBe(true);
  expect(isCommand('_execute_action')).toBe(false);
});
