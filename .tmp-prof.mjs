import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const c = await b.newContext(); const p = await c.newPage();
for (const legacy of [false, true, false, true]) {
let t = Date.now();
await p.goto('http://127.0.0.1:4331/paradigms/'); const tl = Date.now()-t; t = Date.now();
const r = await new AxeBuilder({ page: p }).withTags(['wcag2a','wcag2aa','wcag21aa']).setLegacyMode(legacy).analyze();
const ta = Date.now()-t; t=Date.now();
const r2 = await new AxeBuilder({ page: p }).withTags(['wcag2a','wcag2aa','wcag21aa']).setLegacyMode(legacy).disableRules(['color-contrast']).analyze();
console.log({legacy, tl, ta, noContrast: Date.now()-t, n: r.violations.length, nodes: await p.evaluate(()=>document.querySelectorAll('*').length)});
}
await b.close();
