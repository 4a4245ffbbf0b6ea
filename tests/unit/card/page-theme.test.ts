import { describe, expect, test } from 'vitest';
import { luminance, parseRgb, themeAround } from '../../../entrypoints/card/page-theme';

describe('page theme', () => {
  test('parses computed colours in both syntaxes', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseRgb('transparent')).toBeUndefined();
  });

  test('measures luminance per WCAG', () => {
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
  });

  test('reads the first opaque background up the ancestors', () => {
    document.body.innerHTML =
      '<div style="background-color: rgb(20, 20, 20)"><p style="background-color: rgba(255,255,255,0.1)"><span>x</span></p></div>';
    expect(themeAround(document.querySelector('span'), false)).toBe('dark');
    document.body.innerHTML = '<div style="background-color: rgb(250, 250, 250)"><span>x</span></div>';
    expect(themeAround(document.querySelector('span'), true)).toBe('light');
  });
});
