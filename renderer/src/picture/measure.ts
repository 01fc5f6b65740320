/** Measures a string's width in CSS pixels at a font size and weight (the app's sans-serif family). */
export type TextMeasure = (text: string, size: number, weight: number) => number;

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';

/**
 * The page's own measure (a canvas with the app's --font-sans), so a picture's text fits as it is drawn; outside a
 * browser (unit tests) an estimate from the font size, wide enough for Latin text in the common sans fonts.
 */
export const measureText: TextMeasure = (text, size, weight) => {
  if (context === undefined) {
    const browser = typeof document !== 'undefined';
    context = browser ? document.createElement('canvas').getContext('2d') : null;
    if (browser) {
      family = getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() || 'sans-serif';
    }
  }
  if (!context) return text.length * size * (weight >= 600 ? 0.62 : 0.56);
  context.font = `${weight} ${size}px ${family}`;
  return context.measureText(text).width;
};
