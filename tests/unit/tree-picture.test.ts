/** The tree exported as a picture: one self-describing SVG document built from the view's own layout (pure). */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { cardContext } from '../../renderer/src/tree/card-context.ts';
import { layoutTree } from '../../renderer/src/tree/tree-layout.ts';
import { buildTreeModel, walk } from '../../renderer/src/tree/tree-model.ts';
import { pictureBox, treePictureSvg } from '../../renderer/src/tree/tree-picture.tsx';
import { samplePlanDocument } from '../../services/plan-files.ts';

function picture(doc: PlanDocument, orientation: 'horizontal' | 'vertical' = 'horizontal') {
  const model = buildTreeModel(doc, analyzeGaps(doc, '2027-01-15'));
  const layout = layoutTree(model.root, model.secondary, new Set(), orientation);
  const svg = treePictureSvg(layout, cardContext(doc, model.counts), `${doc.plan.title}: alignment tree`);
  return { model, layout, svg };
}

/** Parses as XML, failing on any error or warning (xmldom otherwise recovers silently). */
function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => problems.push(`${level}: ${String(message)}`),
  }).parseFromString(text, 'image/svg+xml');
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}

const numbers = (s: string | null) => (s ?? '').split(/\s+/).map(Number);

describe('treePictureSvg', () => {
  it('is well-formed SVG whose viewBox holds every node of the layout', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const { layout, svg } = picture(samplePlanDocument(), orientation);
      const doc = parseXml(svg);
      const root = doc.documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      const [vx, vy, vw, vh] = numbers(root.getAttribute('viewBox'));
      expect(Number(root.getAttribute('width'))).toBe(vw);
      expect(Number(root.getAttribute('height'))).toBe(vh);
      expect(layout.nodes.length).toBeGreaterThan(50);
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(vx!);
        expect(n.y).toBeGreaterThanOrEqual(vy!);
        expect(n.x + n.w).toBeLessThanOrEqual(vx! + vw!);
        expect(n.y + n.h).toBeLessThanOrEqual(vy! + vh!);
      }
      expect(pictureBox(layout)).toEqual({ x: vx, y: vy, width: vw, height: vh });
    }
  });

  it('draws every node once, with its code and full title in its title element, and every edge', () => {
    const doc0 = samplePlanDocument();
    const { model, layout, svg } = picture(doc0);
    const doc = parseXml(svg);
    const layers = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      (g.getAttribute('class') ?? '').includes('tree-card-layer'),
    );
    expect(layers).toHaveLength(layout.nodes.length);
    const titles = new Set(layers.map((g) => g.getElementsByTagName('title')[0]?.textContent ?? ''));
    for (const item of walk(model.root)) {
      if (item.kind === 'unaligned' || item.kind === 'plan') continue;
      expect(titles.has(`${item.code} ${item.title}`)).toBe(true);
    }
    for (const t of doc0.tactics) expect(svg).toContain(t.code);
    const ids = layers.map((g) => g.getAttribute('data-node-id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.getElementsByTagName('path').length).toBeGreaterThanOrEqual(layout.edges.length);
  });

  it('escapes text that is markup in XML and refers to nothing outside the file', () => {
    const doc0 = samplePlanDocument();
    doc0.tactics[0]!.title = 'Fix <script> & "quotes" in R&D';
    const { svg } = picture(doc0);
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).toContain('Fix &lt;script&gt; &amp; ');
    // Only fragment references (the gap patterns), no links, images or imports.
    expect(svg).not.toMatch(/href=|<image|@import|url\((?!#)/);
  });
});
