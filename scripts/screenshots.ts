/**
 * `npm run screenshots`: README screenshots of web mode on the sample plan, each view in light and dark.
 * Writes docs/screenshots/<view>-<theme>.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../server/chromium.ts';
import { startWebMode } from '../server/serve.ts';
import { samplePlanDocument, writePlanFile } from '../services/plan-files.ts';

const VIEWS = (process.argv[2] ?? 'cascade,plan,departments,gaps').split(',');
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-shots-'));
const file = path.join(dir, 'sample.hoshin');
writePlanFile(file, samplePlanDocument());
const running = await startWebMode(file, { port: 0, log: (t) => process.stderr.write(t), announce: () => {} });
const browser = await launchChromium();
try {
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(running.url);
    await page.locator('main[data-view]').waitFor();
    for (const view of VIEWS) {
      await page.evaluate((v) => (location.hash = `#/${v}`), view);
      await page.locator(`main[data-view="${view}"]`).waitFor();
      await page.waitForTimeout(300);
      const target = path.join(out, `${view}-${theme}.png`);
      await page.screenshot({ path: target });
      console.log(target);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await running.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
