export type Theme = 'light' | 'dark';

const RGB = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/;

/** Parses a computed colour (`rgb(…)`/`rgba(…)`); undefined for anything else. */
export function parseRgb(color: string): { r: number; g: number; b: number; a: number } | undefined {
  const m = RGB.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** Relative luminance (WCAG 2) of an sRGB colour. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Whether the page around `element` is dark: the first opaque background up its ancestors decides,
 * since a page can be dark in a light system theme and the other way round. Read on opening a card only.
 */
export function themeAround(element: Element | null, prefersDark: boolean): Theme {
  for (let el = element; el; el = el.parentElement) {
    const color = parseRgb(getComputedStyle(el).backgroundColor);
    if (color && color.a >= 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  const scheme = document.documentElement ? getComputedStyle(document.documentElement).colorScheme : '';
  return scheme.includes('dark') && (prefersDark || !scheme.includes('light')) ? 'dark' : 'light';
}
