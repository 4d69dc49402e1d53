/**
 * `npm run bench`: what the extension costs CleverTap's and Braze's pages (bench/pages.ts) and how
 * fast the marketer gets an answer in CleverTap's editor, measured in the system Chromium against
 * the sandbox. Prints a table (median, min, max, budget, verdict), writes it as JSON to
 * bench-results.json, and ends with `bench: N/9 within budget`.
 *
 *   npm run bench                 # builds first
 *   npm run bench -- --no-build --runs 5
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, launchWithExtension, setUpExtension, type Launched } from '../sandbox/browser';
import { startSandbox, type Sandbox } from '../sandbox/server';
import {
  benchResult,
  calibrationWorkload,
  churn,
  hostWriteFloor,
  timeClickToPairs,
  timeEditorToCombobox,
  timeKeystrokeToList,
  timeKeystrokeToRow,
} from './probes';
import { brazeComposer, brazeList, clevertapCampaign, clevertapChannels, clevertapEditor, clevertapList, type CostPage } from './pages';
import { partSizes } from './sizes';
import { median, table, toRow, type Measure } from './stats';
import { manyTemplates, templateWithVariables } from './templates';

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const RUNS = runsIndex >= 0 ? Math.max(3, Number(args[runsIndex + 1]) || 7) : 7;
const onlyIndex = args.indexOf('--only');
/** `--only 1,5`: run just these measures (for working on one budget). */
const ONLY = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',').map(Number)) : null;
const wanted = (id: number) => !ONLY || ONLY.has(id);
/** The measures that need a browser; the sizes (8) do not. */
const BROWSER_MEASURES = [1, 2, 3, 4, 5, 6, 7, 9];
const slowIndex = args.indexOf('--cpu-slowdown');
/** `--cpu-slowdown 2.5`: every page runs on a CPU that many times slower (Chromium's own throttling), to check that verdicts hold on a slower machine. */
const SLOWDOWN = slowIndex >= 0 ? Math.max(1, Number(args[slowIndex + 1]) || 1) : 1;
const outIndex = args.indexOf('--out');
/** `--out file.json`: where the results go (default bench-results.json). */
const OUT = outIndex >= 0 && args[outIndex + 1] ? (args[outIndex + 1] as string) : 'bench-results.json';
const DEBOUNCE_MS = 300;
/** Measure 1's fewest runs: its single ratios are the noisiest of all (see there). */
const CHURN_MIN_RUNS = 25;
/**
 * The calibration workload's median on the machine the budgets were set on (2 cores, Debian 12,
 * Chromium 156). Budgets in calibration units are today's millisecond budgets divided by it, so
 * they are as strict as before here, and mean the same on a slower machine.
 */
const REFERENCE_UNIT_MS = 85;
const cu = (ms: number) => ms / REFERENCE_UNIT_MS;
const cuText = (ms: number) => `≤ ${cu(ms).toFixed(3)} cu (${ms} ms here)`;
const CAMPAIGNS = clevertapList.url;
/**
 * Where the standing cost is measured: each dashboard's page with no editor, CleverTap's webhook
 * campaign with the panel loaded ahead, and Braze's composer with the panel mounted.
 */
const CHURN_PAGES: CostPage[] = [clevertapList, clevertapCampaign, brazeList, brazeComposer];
/**
 * The heap per tab with no editor open (CleverTap: its channel list with the Sendbird tile, and a
 * webhook campaign with the panel loaded ahead), held to the budget; and with an editor open,
 * reported beside it: the panel is mounted then, which is the panel's size, not a standing cost.
 */
const HEAP_PAGES: Array<{ page: CostPage; budgeted: boolean }> = [
  { page: clevertapChannels, budgeted: true },
  { page: clevertapCampaign, budgeted: true },
  { page: brazeList, budgeted: true },
  { page: clevertapEditor, budgeted: false },
  { page: brazeComposer, budgeted: false },
];

function log(text: string) {
  process.stderr.write(`bench: ${text}\n`);
}

/** A probe that never resolves is a failure to report, not a hang. */
function within<T>(label: string, promise: Promise<T>, ms = 15_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${label}: no result in ${ms} ms`)), ms))]);
}

/**
 * A person's pause between seeing a webhook campaign and clicking Go To Editor: reading Start here
 * and What, choosing the webhook, reaching for the button. A person takes longer than this; the
 * bench takes it as the least, so that the first opening is measured in the flow a page really
 * lives through (the campaign shown, then the editor opened) and not as a click no person could make.
 */
const PERSON_PAUSE_MS = 1000;

/** A new webhook campaign with the Sendbird single webhook chosen, editor not yet open. */
async function webhookCampaign(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(CAMPAIGNS);
  await page.getByRole('button', { name: '+ Campaign' }).click();
  await page.getByRole('button', { name: 'Webhooks', exact: true }).click();
  await page.getByRole('combobox', { name: 'Webhook', exact: true }).selectOption({ label: 'Sendbird single' });
  await page.waitForTimeout(PERSON_PAUSE_MS);
  return page;
}

/** Arms a timer in the page, acts, and collects the timer's result. */
async function timed<A>(page: Page, label: string, arm: (arg: A) => void, arg: A, act: () => Promise<void>): Promise<number> {
  await page.evaluate(arm as (value: unknown) => void, arg as unknown);
  await act();
  const result = await within(label, page.evaluate(benchResult));
  if (typeof result !== 'number') throw new Error(`${label}: no timer armed`);
  return result;
}

function openEditorTimed(page: Page): Promise<number> {
  return timed(page, 'editor to combobox', timeEditorToCombobox, undefined, () => page.getByRole('button', { name: 'Go To Editor' }).click());
}

async function closeEditor(page: Page) {
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('sendbird-template-panel').waitFor({ state: 'detached' });
}

/**
 * The CPU time the page's main thread spends while `work` runs (Chromium's ThreadTime): its own
 * work only, not the time it waited for a core while other processes ran.
 */
async function mainThreadCpuMs(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  // Each page starts from a collected heap, so that a major collection the page owed before does
  // not land in one side's churn and not the other's.
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await cpuMs();
  await work();
  const after = await cpuMs();
  await cdp.detach();
  return after - before;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / (1024 * 1024);
}

/** Every measure but the sizes: two browsers (with and without the extension) on the sandbox. */
async function measureInBrowsers(measures: Measure[]): Promise<void> {
  // Sendbird's own page size: 1,000 templates in 10 pages, within the client's bound.
  const sandbox: Sandbox = await startSandbox({ pageSize: 100 });
  const opened: Launched[] = [];
  try {
    const withExt = await launchWithExtension(sandbox, { viewport: { width: 1280, height: 900 } });
    const without = await launchWithExtension(sandbox, { withExtension: false, viewport: { width: 1280, height: 900 } });
    opened.push(withExt, without);
    // tsx compiles with esbuild's keepNames, so the probes handed to page.evaluate call __name();
    // give every page (in both browsers alike) the identity helper it expects.
    for (const launched of opened) await launched.context.addInitScript('globalThis.__name = (f) => f;');
    if (SLOWDOWN > 1) {
      log(`every page runs ${SLOWDOWN}× slower (Emulation.setCPUThrottlingRate)`);
      for (const { context } of opened) {
        const newPage = context.newPage.bind(context);
        context.newPage = async () => {
          const page = await newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
          return page;
        };
      }
    }
    const extensionId = withExt.extensionId ?? '';
    const popup = await setUpExtension(withExt.context, extensionId, { testConnection: true });

    log('0/9 calibration workload (the unit latencies are also given in)');
    const calibrationPage = await without.context.newPage();
    await calibrationPage.goto(CAMPAIGNS);
    await calibrationPage.getByRole('button', { name: '+ Campaign' }).waitFor();
    for (let i = 0; i < 3; i++) await calibrationPage.evaluate(calibrationWorkload); // warm-up
    const calibration: number[] = [];
    for (let run = 0; run < Math.max(RUNS, 9); run++) calibration.push(await calibrationPage.evaluate(calibrationWorkload));
    await calibrationPage.close();
    const unitMs = median(calibration);
    const calibrated = (fixedMs?: number) => ({ calibration: { unitMs, ...(fixedMs ? { fixedMs } : {}) } });
    measures.push({ id: 0, name: 'calibration workload (1 cu on this machine)', unit: 'ms', samples: calibration, budget: Infinity, budgetText: `reference ${REFERENCE_UNIT_MS} ms` });

    if (wanted(1)) {
    // Both browsers churn at the same moment, one per core, so that whatever slows the machine in
    // that second (the other processes, a neighbour on the host) slows both alike and cancels in the
    // ratio; taken one after the other, a single ratio spread ±15% and a median of 15 could land
    // 3% either side. What is compared is each page's main-thread CPU time, not its wall time.
    const churnRuns = Math.max(RUNS, CHURN_MIN_RUNS);
    for (const where of CHURN_PAGES) {
      log(`1/9 DOM churn (${where.label}), idle and right after a click, ${churnRuns} runs each, with and without the extension side by side`);
      for (const afterClick of [false, true]) {
        const ratios: number[] = [];
        for (let run = 0; run < churnRuns + 1; run++) {
          const pages: Page[] = [];
          for (const launched of [withExt, without]) {
            const page = await launched.context.newPage();
            await page.goto(where.url);
            const clickTarget = await where.settle(page, launched === withExt);
            // A person's click on the page: the seconds after it used to be watched by an observer.
            if (afterClick) await clickTarget.click();
            pages.push(page);
          }
          const [withMs = NaN, withoutMs = NaN] = await Promise.all(pages.map((page) => mainThreadCpuMs(page, () => page.evaluate(churn, { batches: 100, perBatch: 200 }))));
          if (run > 0) ratios.push(withMs / withoutMs); // the first round warms both browsers up
          for (const page of pages) await page.close();
        }
        const when = afterClick ? 'in the 5 s after a click' : 'idle';
        measures.push({ id: 1, name: `DOM churn main-thread CPU time ${when}, with ÷ without (${where.label})`, unit: '×', samples: ratios, budget: 1.03, budgetText: '≤ 1.03' });
      }
    }
    }

    if (wanted(2)) {
    log('2/9 editor window → combobox usable (templates cached)');
    const first: number[] = [];
    const reopen: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await webhookCampaign(withExt.context);
      first.push(await openEditorTimed(page));
      await closeEditor(page);
      reopen.push(await openEditorTimed(page));
      await page.close();
    }
    // The first opening's budget is the reopening's: the panel's chunk is loaded ahead, at idle
    // time, once the page shows the campaign's Go To Editor (src/content/panel-loader.ts).
    measures.push({ id: 2, name: 'editor → combobox usable, first opening', unit: 'ms', samples: first, budget: cu(30), budgetText: cuText(30), ...calibrated() });
    measures.push({ id: 2, name: 'editor → combobox usable, reopening', unit: 'ms', samples: reopen, budget: cu(30), budgetText: cuText(30), ...calibrated() });
    }

    if (wanted(3)) {
    log('3/9 first opening with an empty cache');
    const cold: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await withExt.worker?.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('templates:')));
      });
      const page = await webhookCampaign(withExt.context);
      cold.push(await openEditorTimed(page));
      await page.close();
    }
    measures.push({ id: 3, name: 'editor → combobox usable, empty cache', unit: 'ms', samples: cold, budget: cu(200), budgetText: cuText(200), ...calibrated() });
    }

    if (wanted(4) || wanted(5) || wanted(6)) {
    log('4/9 filtering 1,000 templates; 5/9 choosing a template with 60 variables; 6/9 one keystroke → row');
    sandbox.sendbird.setTemplates([templateWithVariables('bench_sixty', 60), ...manyTemplates(999)]);
    await withExt.worker?.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('templates:')));
    });
    const filter: number[] = [];
    const sixty: number[] = [];
    const floor: number[] = [];
    const keystroke: number[] = [];
    const sixtyPairs = [
      { key: 'sendbird_version', value: '1' },
      { key: 'sendbird_template', value: 'bench_sixty' },
      { key: 'sendbird_receiver', value: 'SendbirdID' },
      ...Array.from({ length: 60 }, (_, i) => ({ key: `sendbird_var.field_${i + 1}`, value: '' })),
    ];
    for (let run = 0; run < RUNS; run++) {
      const page = await webhookCampaign(withExt.context);
      await openEditorTimed(page);
      const panel = page.getByRole('region', { name: 'Sendbird' });
      const combobox = panel.getByRole('combobox', { name: 'Sendbird template' });
      await combobox.click();
      for (const key of ['7', 'Backspace', '4', 'Backspace']) {
        filter.push(await timed(page, 'filter', timeKeystrokeToList, undefined, () => page.keyboard.press(key)));
      }
      await combobox.fill('bench_sixty');
      const option = panel.getByRole('option', { name: /bench_sixty/ });
      await option.waitFor();
      sixty.push(await timed(page, '60 variables', timeClickToPairs, { count: 3 + 60, template: 'bench_sixty' }, () => option.click()));
      await panel.getByRole('textbox', { name: 'Field 1', exact: true }).click();
      const arg = { key: 'sendbird_var.field_1', suffix: 'x' };
      keystroke.push(await timed(page, 'keystroke to row', timeKeystrokeToRow, arg, () => page.keyboard.press('x')));
      await page.close();
      // The floor: the same rows added and filled by driving CleverTap's page directly, no extension.
      const plain = await webhookCampaign(without.context);
      await plain.getByRole('button', { name: 'Go To Editor' }).click();
      await plain.getByPlaceholder('Key', { exact: true }).first().waitFor();
      floor.push(await within('host floor', plain.evaluate(hostWriteFloor, { pairs: sixtyPairs })));
      await plain.close();
    }
    measures.push({ id: 4, name: 'filter 1,000 templates: keystroke → list', unit: 'ms', samples: filter, budget: cu(16), budgetText: cuText(16), ...calibrated() });
    measures.push({ id: 5, name: 'choose a 60-variable template → all pairs in rows', unit: 'ms', samples: sixty, budget: Infinity, budgetText: 'see the ratio' });
    measures.push({ id: 5, name: 'the host page adding and filling the same 63 rows itself (floor)', unit: 'ms', samples: floor, budget: Infinity, budgetText: '' });
    const floorMs = median(floor);
    measures.push({ id: 5, name: 'writing 63 pairs, extension ÷ host floor', unit: '×', samples: sixty.map((ms) => ms / floorMs), budget: 1.5, budgetText: '≤ 1.5' });
    measures.push({
      id: 6,
      name: 'keystroke in a field → row updated (300 ms pause + write)',
      unit: 'ms',
      samples: keystroke,
      budget: cu(30),
      budgetText: `${DEBOUNCE_MS} ms + ${cuText(30)}`,
      judge: 'max',
      ...calibrated(DEBOUNCE_MS),
    });
    sandbox.sendbird.reset();
    }

    if (wanted(7)) {
    log('7/9 service worker cold start → first template-list answer (cache warm)');
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'templates/list', refresh: true }));
    const coldStart: number[] = [];
    const cdp = await withExt.context.newCDPSession(popup);
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      if (event.versions.some((v) => v.runningStatus === 'stopped')) stopped = true;
    });
    await cdp.send('ServiceWorker.enable');
    for (let run = 0; run < RUNS; run++) {
      stopped = false;
      await cdp.send('ServiceWorker.stopAllWorkers');
      while (!stopped) await new Promise((resolve) => setTimeout(resolve, 10));
      coldStart.push(
        await popup.evaluate(async () => {
          const start = performance.now();
          const answer = await chrome.runtime.sendMessage({ type: 'templates/list' });
          if (!answer?.ok) throw new Error('no template list');
          return performance.now() - start;
        }),
      );
    }
    await cdp.detach();
    measures.push({ id: 7, name: 'service worker cold start → template list', unit: 'ms', samples: coldStart, budget: cu(100), budgetText: cuText(100), ...calibrated() });
    }

    if (wanted(9)) {
    for (const { page: where, budgeted } of HEAP_PAGES) {
      log(`9/9 JS heap of a dashboard tab (${where.label}), with − without`);
      const heap: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const values: number[] = [];
        for (const launched of [withExt, without]) {
          const page = await launched.context.newPage();
          await page.goto(where.url);
          await where.settle(page, launched === withExt);
          values.push(await heapMB(page));
          await page.close();
        }
        heap.push((values[0] ?? NaN) - (values[1] ?? NaN));
      }
      const budget = budgeted ? { budget: 1, budgetText: '≤ 1 MB' } : { budget: Infinity, budgetText: 'reported (an editor open)' };
      measures.push({ id: 9, name: `JS heap with − without (${where.label})`, unit: 'MB', samples: heap, ...budget });
    }
    }
  } finally {
    for (const launched of opened) {
      await launched.context.close().catch(() => undefined);
      rmSync(launched.userDataDir, { recursive: true, force: true });
    }
    await sandbox.close();
  }
}

async function main() {
  if (!args.includes('--no-build')) {
    log('building');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const measures: Measure[] = [];
  // The sizes are read from dist/ alone: `--only 8` starts no browser, no sandbox, no calibration.
  if (BROWSER_MEASURES.some(wanted)) await measureInBrowsers(measures);
  if (wanted(8)) {
    log('8/9 sizes');
    const sizes = partSizes(DIST);
    for (const bootstrap of sizes.bootstraps) {
      measures.push({ id: 8, name: `content bootstrap, gzip (${bootstrap.name})`, unit: 'KB', samples: [bootstrap.kb], budget: 3, budgetText: '≤ 3 KB' });
    }
    measures.push({ id: 8, name: 'panel chunk, gzip', unit: 'KB', samples: [sizes.panelKB], budget: 100, budgetText: '≤ 100 KB' });
    measures.push({ id: 8, name: 'popup, gzip', unit: 'KB', samples: [sizes.popupKB], budget: 100, budgetText: '≤ 100 KB' });
  }

  // In the measures' order, whichever ran first (a stable sort keeps each measure's own rows in order).
  const rows = measures.sort((a, b) => a.id - b.id).map(toRow);
  console.log(table(rows));
  writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, referenceUnitMs: REFERENCE_UNIT_MS, rows }, null, 2));
  const byMeasure = new Map<number, boolean>();
  for (const row of rows) if (row.id > 0) byMeasure.set(row.id, (byMeasure.get(row.id) ?? true) && row.pass);
  const passed = [...byMeasure.values()].filter(Boolean).length;
  console.log(`bench: ${passed}/${byMeasure.size} within budget (median of ${RUNS} runs; details in ${OUT})`);
  process.exit(passed === byMeasure.size ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.stack : error);
  process.exit(2);
});
