import { truncate, wrap, type Measure } from './text-fit.ts';

/**
 * Fonts of the card text. tree.css sets the same sizes and weights on the matching classes; the family is the
 * app's --font-sans, read once, so what is measured here is what SVG draws.
 */
export const CARD_FONTS = {
  code: { weight: 700, size: 14 },
  meta: { weight: 500, size: 13 },
  title: { weight: 500, size: 15 },
  planTitle: { weight: 700, size: 18 },
  vision: { weight: 400, size: 13 },
  band: { weight: 700, size: 12 },
  pill: { weight: 600, size: 12 },
} as const;
export type CardFont = keyof typeof CARD_FONTS;

let context: CanvasRenderingContext2D | null | undefined;
let family = '';
const widths = new Map<string, number>();
const fitted = new Map<string, string | string[]>();

function measurer(font: CardFont): Measure {
  if (context === undefined) {
    // Outside a browser (unit tests of the picture builder) widths are estimated from the font size.
    const browser = typeof document !== 'undefined';
    context = browser ? document.createElement('canvas').getContext('2d') : null;
    family = browser
      ? getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() || 'sans-serif'
      : 'sans-serif';
  }
  const { weight, size } = CARD_FONTS[font];
  const spec = `${weight} ${size}px ${family}`;
  return (text) => {
    const key = `${font}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (context) {
        context.font = spec;
        w = context.measureText(text).width;
      } else {
        w = text.length * size * 0.56;
      }
      widths.set(key, w);
    }
    return w;
  };
}

export function measureText(font: CardFont, text: string): number {
  return measurer(font)(text);
}

export function fitLine(font: CardFont, text: string, maxWidth: number): string {
  const key = `1\u0000${font}\u0000${maxWidth}\u0000${text}`;
  let out = fitted.get(key) as string | undefined;
  if (out === undefined) {
    out = truncate(text, maxWidth, measurer(font));
    fitted.set(key, out);
  }
  return out;
}

export function fitLines(font: CardFont, text: string, maxWidth: number, maxLines: number): string[] {
  const key = `${maxLines}\u0000${font}\u0000${maxWidth}\u0000${text}`;
  let out = fitted.get(key) as string[] | undefined;
  if (out === undefined) {
    out = wrap(text, maxWidth, maxLines, measurer(font));
    fitted.set(key, out);
  }
  return out;
}
