// Traces a cold load of one page under 4× CPU slowdown and prints the long
// tasks, the timer tasks (the app's start-up steps) and where the main
// thread's time went (style, layout, wasm compile...).
// Usage: node scripts/trace-startup.mjs DIST [ROUTE] [BASE]
//   e.g. node scripts/trace-startup.mjs target/e2e-dist topic/http /roadmap/
import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/static-server.mjs';

const [dist = 'target/e2e-dist', route = '', base = '/roadmap/'] = process.argv.slice(2);
const { server, url } = await startServer({ root: dist, base });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm', transferMode: 'ReportEvents' });
  await page.goto(url + route);
  // The app has taken the page over when #app no longer carries the prerender mark.
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  const ms = (us) => Math.round(us / 1000);
  // The app's start-up steps (src/boot.rs) are timer tasks: each should stay near 50 ms or under.
  const steps = events.filter((e) => e.name === 'TimerFire' && e.dur).map((e) => ms(e.dur));
  console.log(`timer tasks at 4x (ms), in order: ${steps.join(', ') || 'none'}`);
  const long = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000).map((e) => ms(e.dur));
  console.log(`long tasks at 4x (ms): ${long.join(', ') || 'none'}`);
  // Inside each long task: its events by name (nested ones counted inside their parents too).
  for (const task of events.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
    const inside = {};
    for (const e of events) {
      if (e.ph === 'X' && e.dur && e.tid === task.tid && e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur) {
        inside[e.name] = (inside[e.name] || 0) + e.dur;
      }
    }
    const top = Object.entries(inside).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${ms(d)}`);
    console.log(`  ${ms(task.dur)} ms: ${top.join(', ')}`);
  }
  const totals = {};
  for (const e of events) {
    if (e.ph === 'X' && e.dur && ['UpdateLayoutTree', 'Layout', 'FunctionCall', 'EvaluateScript', 'wasm.CompileLazy', 'ParseHTML', 'Paint', 'MinorGC', 'MajorGC'].includes(e.name)) {
      totals[e.name] = (totals[e.name] || 0) + e.dur;
    }
  }
  for (const [name, total] of Object.entries(totals).sort((a, b) => b[1] - a[1])) console.log(`${name}: ${ms(total)} ms`);
} finally {
  await browser.close();
  server.close();
}
