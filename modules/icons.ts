import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';
import type { Browser } from 'wxt/browser';
import { defineWxtModule } from 'wxt/modules';

/**
 * The extension's icons, drawn at build time from one SVG (`assets/icon.svg`) at every size the stores
 * and toolbars use, and set as the extension's and the toolbar button's icons. Each size is rendered
 * from the vector, not scaled down from a large bitmap, so that the 16 px toolbar icon keeps the whole
 * pixels it was drawn on. Firefox also gets a light variant for dark toolbars (`theme_icons`); Chrome
 * has no such key.
 *
 * Not `@wxt-dev/auto-icons`: it scales one bitmap and sets only `icons`, one colour, no toolbar icon.
 */

/** Every size the stores and toolbars use: 16 and 32 the toolbar, 48 and 96 the add-on managers, 128 the stores. */
const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const SOURCE = 'assets/icon.svg';
/** The grid the source is drawn on. */
const SOURCE_SIZE = 16;
/** The stores show the 128 px icon as 96 px of artwork in 16 px of transparent margin (Chrome Web Store). */
const MARGIN: Partial<Record<number, number>> = { 128: 16 };

/** The icon for dark toolbars: the marking's blue, lightened to keep its contrast on a dark grey. */
const LIGHT_COLOUR = '#93c5fd';

const iconPath = (size: number, variant: '' | '-light' = '') => `icons/${size}${variant}.png`;

/** The source with its root `color` (which every shape fills with) replaced. */
function recoloured(svg: string, colour: string | undefined): Buffer {
  if (colour === undefined) return Buffer.from(svg);
  const rootColour = /(<svg\b[^>]*?\scolor=")[^"]*"/;
  if (!rootColour.test(svg))
    throw new Error(`${SOURCE} needs a color="…" on its <svg> element, which the variants replace.`);
  return Buffer.from(svg.replace(rootColour, `$1${colour}"`));
}

async function render(svg: Buffer, size: number): Promise<Buffer> {
  const margin = MARGIN[size] ?? 0;
  const art = size - 2 * margin;
  // At 72 dpi an SVG renders at its own pixel size; the density scales the vector itself.
  return sharp(svg, { density: (72 * art) / SOURCE_SIZE })
    .resize(art, art)
    .extend({ top: margin, bottom: margin, left: margin, right: margin, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

type Manifest = Browser.runtime.Manifest & {
  browser_action?: { default_icon?: unknown; theme_icons?: unknown };
  action?: { default_icon?: unknown; theme_icons?: unknown };
};

export default defineWxtModule({
  name: 'icons',
  setup(wxt) {
    const variants: readonly ('' | '-light')[] = wxt.config.browser === 'firefox' ? ['', '-light'] : [''];

    wxt.hooks.hook('build:manifestGenerated', (_wxt, generated) => {
      const manifest = generated as Manifest;
      const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));
      manifest.icons = icons;
      // WXT writes MV2's toolbar button as `browser_action`, MV3's as `action`.
      const button = manifest.manifest_version === 2 ? (manifest.browser_action ??= {}) : (manifest.action ??= {});
      button.default_icon = icons;
      if (variants.includes('-light')) {
        // Firefox names an icon by the toolbar's text colour: `light` for dark toolbars, `dark` for light ones.
        button.theme_icons = ICON_SIZES.map((size) => ({
          light: iconPath(size, '-light'),
          dark: iconPath(size),
          size,
        }));
      }
    });

    wxt.hooks.hook('build:done', async (_wxt, output) => {
      const svg = await readFile(resolve(wxt.config.root, SOURCE), 'utf8');
      for (const variant of variants) {
        const source = recoloured(svg, variant === '-light' ? LIGHT_COLOUR : undefined);
        for (const size of ICON_SIZES) {
          const fileName = iconPath(size, variant);
          const path = resolve(wxt.config.outDir, fileName);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, await render(source, size));
          output.publicAssets.push({ type: 'asset', fileName });
        }
      }
    });

    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const variant of variants) for (const size of ICON_SIZES) paths.push(iconPath(size, variant));
    });
  },
});
