import { t } from '../i18n/intl.ts';

/**
 * Presentation properties a picture needs to look as it does in the app, copied from computed style onto each
 * element as attributes. The app draws with CSS classes and theme tokens; a picture opened on its own (in a
 * browser, an editor, a slide) has no stylesheet, so every value it needs is written into the file.
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Values every SVG renderer assumes anyway: left out to keep the file small. */
const DEFAULTS: Partial<Record<(typeof PROPERTIES)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};

/** Elements whose own paint matters (groups only pass inherited values on, which their children now carry). */
const PAINTED = new Set(['rect', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan']);
const TEXT = new Set(['text', 'tspan']);

/**
 * The design tokens as `:root` declares them (tokens.css), to declare again on the picture's host. The build turns
 * light-dark() into variables chosen by color-scheme, and a token is resolved where it is declared: at <html>, in
 * the app's theme. Declared again on the host, they resolve in the host's light scheme instead. Only the plain
 * `:root` rules: presentation mode's high-contrast overrides are not the picture's.
 */
function rootTokens(): [string, string][] {
  const tokens: [string, string][] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A sheet of another origin: not the app's.
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
      for (const name of Array.from(rule.style)) {
        if (name.startsWith('--') && !name.startsWith('--lightningcss')) {
          tokens.push([name, rule.style.getPropertyValue(name)]);
        }
      }
    }
  }
  return tokens;
}

/**
 * Resolves the classes of an SVG document (a string) against the app's stylesheets in the light theme and returns
 * it self-contained: every painted element carries its fill, stroke and font as attributes; classes and the
 * document's own style are gone. `hostClass` names the view whose tokens the picture uses (`tree`, `xmatrix-view`).
 *
 * The light theme whatever the app shows: pictures go onto slides and paper, which are white. The tokens are
 * light-dark() pairs, so `color-scheme: light` on the host is all it takes.
 */
export function inlinePictureStyles(svgText: string, hostClass: string): string {
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const error = parsed.querySelector('parsererror');
  if (error) throw new Error(t('picture.noParse'));
  const host = document.createElement('div');
  // `picture-host` (palette.css): laid out, so computed style is real, but off screen, and in the light scheme. A
  // class, not an inline style: the page's CSP allows no inline styles.
  host.className = `${hostClass} picture-host`;
  host.setAttribute('aria-hidden', 'true');
  for (const [name, value] of rootTokens()) host.style.setProperty(name, value);
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  host.append(svg);
  document.body.append(host);
  try {
    for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
      const tag = el.tagName.toLowerCase();
      if (PAINTED.has(tag)) {
        const style = getComputedStyle(el);
        for (const p of PROPERTIES) {
          if (!TEXT.has(tag) && p.startsWith('font')) continue;
          if (!TEXT.has(tag) && (p === 'letter-spacing' || p === 'text-anchor' || p === 'dominant-baseline')) continue;
          const value = style.getPropertyValue(p).trim();
          if (!value || DEFAULTS[p] === value) continue;
          el.setAttribute(p, value.replace(/url\("(#[^"]+)"\)/g, 'url($1)'));
        }
        if (style.display === 'none') el.setAttribute('display', 'none');
      }
    }
    for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
      el.removeAttribute('class');
      el.removeAttribute('style');
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  } finally {
    host.remove();
  }
}
