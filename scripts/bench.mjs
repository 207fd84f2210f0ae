// `make bench`: size and speed of the release build in headless Chromium, checked against the budgets a
// user feels (issue 35): Lighthouse mobile, navigation to the first drawn chart against the build before,
// redraw after an edit; the first load under its ceiling. Prints every figure, then a PASS/FAIL line per
// budget; exits 1 when a budget is missed.
//
//   node scripts/bench.mjs [dist=dist] [base-dist] [base-name]
//
// Needs dist/ built (`make bench` does it), target/wasm32-unknown-unknown/release/examples/sweep_wasm.wasm
// and the base build (scripts/bench.sh builds both).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { FIRST_LOAD_CEILING, compressedSizes, firstLoadSizes, recordRequests } from "./sizes.mjs";

const DIST = resolve(process.argv[2] ?? "dist");
const BASE_DIST = process.argv[3] ? resolve(process.argv[3]) : null;
const BASE_NAME = process.argv[4] ?? "the base build";
const PORT = 8094;
const BASE_PORT = 8095;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SWEEP_WASM = join(process.env.CARGO_TARGET_DIR ?? "target", "wasm32-unknown-unknown/release/examples/sweep_wasm.wasm");
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// Navigations to the first chart per build and kind of visit, alternating between the builds.
const LOADS = 8;
const EDITS = 200;
const SWEEP_RUNS = 20;
const BUDGET = {
  // A ceiling, not a target (issue 35); `make test` checks it on every build (e2e/first-load.spec.ts).
  firstLoadBrotli: FIRST_LOAD_CEILING,
  // Navigation to the first drawn chart, median: no slower than the build before, within the noise of
  // a median of eight on this host (measured alternately, so both see the same host).
  navigationSlack: 1.05,
  redrawP95Ms: 16,
  sweepMs: 5,
  // One Erlang C solve must leave room for a redraw: a tenth of a frame.
  erlangUs: 1600,
  lighthouse: 95,
  // Issue 17: a 10,000-draw Monte Carlo with four ranges, in wasm.
  monteCarloMs: 50,
  // Issue 39: a 50 MB helpdesk export read in the page, from choosing it to its table.
  importMs: 10_000,
  // ... without freezing the page: it answers input between the parts it reads.
  importLongestTaskMs: 200,
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const median = (values) => quantile([...values].sort((a, b) => a - b), 0.5);
const heading = (text) => console.log(`\n== ${text}`);
const results = [];
const budget = (name, ok, figure) => results.push({ name, ok, figure });

function startServer(dist = DIST, port = PORT) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", dist, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((ready, fail) => {
    server.stdout.once("data", () => ready(server));
    server.once("exit", (code) => fail(new Error(`the server stopped (exit ${code}); is port ${port} free?`)));
  });
}

// Records, in the page, when the chart's canvas is first drawn (src/ui/chart.rs counts draws in
// `data-drawn`), as milliseconds since navigation started.
const FIRST_CHART = `
  window.__firstChart = null;
  new MutationObserver((records, observer) => {
    if (records.some((r) => r.attributeName === "data-drawn")) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-drawn"] });
`;

// Every input panel (src/ui/panels.rs): the measurements that drive inputs in closed-at-first panels
// (the AI, coverage, live channels, ranges) open them all first, as a user who opened them would have.
const ALL_PANELS = JSON.stringify({
  open: ["workload", "rates", "ai", "coverage", "channels", "value", "diy", "employee", "contractor", "platform",
    "all_hands", "employee-details", "contractor-details", "platform-details", "all_hands-details", "projection", "uncertainty"],
});

async function freshPage(browser, { allPanels = false } = {}) {
  // No service worker: every load is a first visit, with an empty cache.
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
  await context.addInitScript(FIRST_CHART);
  if (allPanels) await context.addInitScript((prefs) => localStorage.setItem("support-calc.prefs", prefs), ALL_PANELS);
  const page = await context.newPage();
  return { context, page };
}

async function firstLoad(browser) {
  heading("First load: every file the page requests until its chart is drawn");
  const { context, page } = await freshPage(browser);
  const paths = recordRequests(page, ORIGIN);
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__firstChart !== null);
  await page.waitForLoadState("networkidle");
  await context.close();
  const { files, total } = firstLoadSizes(DIST, paths);
  const line = (name, f) =>
    console.log(`${name.padEnd(58)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.brotli).padStart(9)}`);
  line("file", { raw: "raw B", gzip: "gzip B", brotli: "brotli B" });
  files.forEach((f) => line(f.path, f));
  line("total", total);
  budget("first load, brotli (a ceiling)", total.brotli <= BUDGET.firstLoadBrotli, `${kb(total.brotli)} (ceiling ${kb(BUDGET.firstLoadBrotli)})`);

  // The parts split off the release build (src/ui/split.rs), each downloaded when first shown; the
  // shared chunk_N modules come with the first part that needs them.
  const loaded = new Set(files.map((f) => f.path.slice(1)));
  const parts = readdirSync(DIST)
    .filter((name) => /^part-.+\.wasm$/.test(name) && !loaded.has(name))
    .map((name) => ({ path: name.replace(/-[0-9a-f]{16}\.wasm$/, ""), ...compressedSizes(join(DIST, name)) }));
  if (parts.length > 0) {
    console.log("\nDownloaded when first shown (not in the first load):");
    parts.forEach((f) => line(f.path, f));
    line("all parts", parts.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 }));
  }
}

/** Milliseconds from navigation to the first drawn chart of `origin`: a first visit (a new context, no
 *  service worker, nothing stored), or a later one (a context that visited once, saved a change and
 *  has the service worker's cache). */
async function navigationToChart(browser, origin, later) {
  const context = await browser.newContext({
    serviceWorkers: later ? "allow" : "block",
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(FIRST_CHART);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__firstChart !== null);
  if (later) {
    // What a returning visitor has: a saved change and every file in the service worker's cache.
    await page.getByTestId("input-workload-tickets_per_month").fill("420");
    // The worker is registered once the page is built and precaches every file; the reload is then
    // served by it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => window.__firstChart !== null);
  }
  const ms = await page.evaluate(() => window.__firstChart);
  await context.close();
  return ms;
}

async function firstChart(browser) {
  heading(`Navigation to the first drawn chart: median of ${LOADS}, this build and ${BASE_NAME} alternately`);
  const base = BASE_DIST ? await startServer(BASE_DIST, BASE_PORT) : null;
  try {
    for (const [name, later] of [["first visit", false], ["later visit", true]]) {
      const ours = [];
      const theirs = [];
      for (let i = 0; i < LOADS; i++) {
        ours.push(await navigationToChart(browser, ORIGIN, later));
        if (base) theirs.push(await navigationToChart(browser, `http://127.0.0.1:${BASE_PORT}`, later));
      }
      const spread = (t) => `median ${ms(median(t))} (min ${ms(Math.min(...t))}, max ${ms(Math.max(...t))})`;
      console.log(`${name.padEnd(12)} this build: ${spread(ours)}${base ? `; ${BASE_NAME}: ${spread(theirs)}` : ""}`);
      if (base) {
        const ok = median(ours) <= median(theirs) * BUDGET.navigationSlack;
        budget(`navigation to first chart, ${name}, median of ${LOADS}`, ok, `${ms(median(ours))} against ${ms(median(theirs))} for ${BASE_NAME}`);
      }
    }
  } finally {
    base?.kill();
  }
}

// Two kinds of edit: the chart's own axis variable (only the "Now" line on its layer moves) and an input
// that changes every cost (the whole chart is drawn again). Consecutive values always differ.
const EDIT_KINDS = [
  {
    name: "tickets per month (the Now line moves)",
    testId: "input-workload-tickets_per_month",
    values: { base: 100, step: 37, modulo: 1900, scale: 1 },
  },
  {
    name: "minutes per reply (the whole chart is redrawn)",
    testId: "input-workload-minutes_per_reply",
    values: { base: 2, step: 37, modulo: 100, scale: 0.1 },
  },
  // At the documented limit: a chart up to 1,000,000 tickets, where every edit searches the whole axis
  // for break-evens.
  {
    name: "tickets per month, chart to 1,000,000",
    testId: "input-workload-tickets_per_month",
    values: { base: 1000, step: 37003, modulo: 990000, scale: 1 },
    chartMax: 1000000,
  },
  {
    name: "minutes per reply, chart to 1,000,000",
    testId: "input-workload-minutes_per_reply",
    values: { base: 2, step: 37, modulo: 100, scale: 0.1 },
    chartMax: 1000000,
  },
];

async function redrawLatency(browser, kind) {
  heading(`Input to chart redrawn: ${EDITS} successive edits of ${kind.name}, the AI and a live channel on, the projection shown`);
  const { context, page } = await freshPage(browser, { allPanels: true });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__firstChart !== null);
  const times = await page.evaluate(async ([edits, testId, v, chartMax]) => {
    const input = document.querySelector(`[data-testid="${testId}"]`);
    const canvas = document.querySelector('canvas[data-testid="chart"]');
    if (!input || !canvas) throw new Error(`the field ${testId} or the chart is missing`);
    // Polls `ready` every 10 ms for up to 5 s.
    const until = async (ready) => {
      for (let i = 0; i < 500 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    // Changes something and waits for the chart to be drawn again.
    const redrawn = async (change) => {
      const before = canvas.getAttribute("data-drawn");
      change();
      await until(() => canvas.getAttribute("data-drawn") !== before);
    };
    // Every edit with the AI front line on and all five options in (issue 15). The input panels come
    // after the results (src/ui/later.rs): wait for the AI's.
    await until(() => document.querySelector('[data-testid="input-ai-enabled"]'));
    const ai = document.querySelector('[data-testid="input-ai-enabled"]');
    if (!ai) throw new Error("the AI switch is missing");
    if (!ai.checked) await redrawn(() => ai.click());
    // And a live channel (issue 16): 30% of tickets by chat around the clock, so that every edit solves
    // Erlang C for every volume the chart and the break-even search evaluate.
    const type = async (id, value) => {
      await until(() => document.querySelector(`[data-testid="${id}"]`));
      await redrawn(() => {
        const field = document.querySelector(`[data-testid="${id}"]`);
        if (!field) throw new Error(`the field ${id} is missing`);
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      });
    };
    await until(() => document.querySelector('canvas[data-testid="projection-chart"][data-drawn]'));
    if (!document.querySelector('canvas[data-testid="projection-chart"][data-drawn]')) throw new Error("the projection is not shown");
    await type("input-channels-live_share", "30");
    await type("input-coverage-hours_per_week", "168");
    // And the AI billed with every rule of issue 37: a cap that pauses it part-way through the
    // month, handoffs billed, a resolution billed twice, people slower on what it leaves.
    await type("input-ai-monthly_cap", "150");
    await type("input-ai-extra_per_resolution", "0.4");
    await type("input-ai-human_minutes_uplift", "20");
    await until(() => document.querySelector('[data-testid="input-ai-handoffs_billed"]'));
    const handoffs = document.querySelector('[data-testid="input-ai-handoffs_billed"]');
    if (!handoffs) throw new Error("the handoffs switch is missing");
    if (!handoffs.checked) await redrawn(() => handoffs.click());
    if (chartMax) {
      const max = document.querySelector('[data-testid="input-chart-max"]');
      await redrawn(() => {
        max.value = String(chartMax);
        max.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }
    const out = [];
    for (let i = 0; i < edits; i++) {
      const before = canvas.getAttribute("data-drawn");
      const drawn = new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`edit ${i}: the chart was not redrawn within 5 s`)), 5000);
        const observer = new MutationObserver(() => {
          if (canvas.getAttribute("data-drawn") !== before) {
            clearTimeout(timer);
            observer.disconnect();
            done(performance.now());
          }
        });
        observer.observe(canvas, { attributes: true, attributeFilter: ["data-drawn"] });
      });
      const start = performance.now();
      input.value = String(v.base + ((i * v.step) % v.modulo) * v.scale);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      out.push((await drawn) - start);
      // Let the frame paint before the next edit, as a person typing would.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, [EDITS, kind.testId, kind.values, kind.chartMax ?? 0]);
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = quantile(sorted, 0.95);
  console.log(`p50 ${ms(quantile(sorted, 0.5))}, p95 ${ms(p95)}, max ${ms(sorted[sorted.length - 1])}`);
  budget(`input to redraw, ${kind.name}, p95`, p95 < BUDGET.redrawP95Ms, `${ms(p95)} (budget under ${BUDGET.redrawP95Ms} ms)`);
}

/// Instantiates the bare WebAssembly exports of examples/sweep_wasm.rs in a page and runs `body` there.
async function inWasm(browser, body, arg) {
  if (!existsSync(SWEEP_WASM)) throw new Error(`${SWEEP_WASM} is missing: run make bench`);
  const bytes = [...readFileSync(SWEEP_WASM)];
  const page = await browser.newPage();
  const out = await page.evaluate(
    async ({ bytes, body, arg }) => {
      const module = await WebAssembly.compile(new Uint8Array(bytes));
      const imports = {};
      for (const i of WebAssembly.Module.imports(module)) {
        imports[i.module] ??= {};
        imports[i.module][i.name] = () => {
          throw new Error(`the wasm called the import ${i.module}.${i.name}`);
        };
      }
      const { exports } = await WebAssembly.instantiate(module, imports);
      return new Function("exports", "arg", body)(exports, arg);
    },
    { bytes, body, arg },
  );
  await page.close();
  return out;
}

async function sweeps(browser) {
  heading("Break-even search over 0..=1,000,000 tickets, five options and the AI: native and in Chromium's engine");
  const native = spawnSync("cargo", ["run", "-q", "--release", "--example", "sweep"], { encoding: "utf8" });
  if (native.status !== 0) throw new Error(`the native sweep failed:\n${native.stderr}`);
  const lines = native.stdout.trim().split("\n");
  console.log(native.stdout.trim());
  for (const [i, [name, exported]] of [["", "sweep"], [", with a live channel", "sweep_live"]].entries()) {
    const nativeMs = Number(/median ([\d.]+) ms/.exec(lines[i])?.[1]);
    const { times, found } = await inWasm(
      browser,
      `const times = []; let found = 0;
       for (let r = 0; r < arg; r++) { const start = performance.now(); found = exports.${exported}(1000000); times.push(performance.now() - start); }
       return { times, found };`,
      SWEEP_RUNS,
    );
    const sorted = [...times].sort((a, b) => a - b);
    const wasmMs = median(times);
    console.log(
      `wasm${name} (Chromium) median ${wasmMs.toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms over ${SWEEP_RUNS} runs (${found} break-evens)`,
    );
    budget(`break-even search 0..=1,000,000${name}, native median`, nativeMs < BUDGET.sweepMs, `${nativeMs.toFixed(2)} ms (budget under ${BUDGET.sweepMs} ms)`);
    budget(`break-even search 0..=1,000,000${name}, wasm median`, wasmMs < BUDGET.sweepMs, `${wasmMs.toFixed(2)} ms (budget under ${BUDGET.sweepMs} ms)`);
  }
}

// Erlang C for 1,000 Erlangs (20,000 contacts an hour of 180 s, 80% within 20 s, 30% shrinkage): the
// library natively and in Chromium, and the Python package pyworkforce on the same inputs, installed
// from the registry into a throwaway virtual environment (the tests never need it).
const PYWORKFORCE = `
import json, sys, time
from pyworkforce.queuing import ErlangC
runs = 200
erlang = ErlangC(transactions=20000, asa=20 / 60, aht=3, interval=60, shrinkage=0.3)
times = []
for _ in range(runs):
    start = time.perf_counter()
    answer = erlang.required_positions(service_level=0.8, max_occupancy=1.0)
    times.append((time.perf_counter() - start) * 1e6)
times.sort()
import importlib.metadata as m
print(json.dumps({"version": m.version("pyworkforce"), "median_us": times[runs // 2], "answer": answer}))
`;

function pyworkforce() {
  const dir = mkdtempSync(join(tmpdir(), "support-calc-pyworkforce-"));
  try {
    const venv = spawnSync("python3", ["-m", "venv", dir], { encoding: "utf8" });
    if (venv.status !== 0) return { error: `python3 -m venv failed: ${venv.stderr.trim()}` };
    const pip = spawnSync(join(dir, "bin", "pip"), ["install", "-q", "--disable-pip-version-check", "pyworkforce"], { encoding: "utf8" });
    if (pip.status !== 0) return { error: `pip install pyworkforce failed: ${pip.stderr.trim().split("\n").pop()}` };
    const run = spawnSync(join(dir, "bin", "python"), ["-c", PYWORKFORCE], { encoding: "utf8" });
    if (run.status !== 0) return { error: `pyworkforce failed: ${run.stderr.trim().split("\n").pop()}` };
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function erlang(browser) {
  heading("Erlang C for 1,000 Erlangs: the library (native, wasm) and pyworkforce on the same inputs");
  const native = spawnSync("cargo", ["run", "-q", "--release", "--example", "erlang"], { encoding: "utf8" });
  if (native.status !== 0) throw new Error(`the native Erlang C run failed:\n${native.stderr}`);
  const [timing, json] = native.stdout.trim().split("\n");
  const ours = JSON.parse(json);
  const nativeUs = Number(/median ([\d.]+) us/.exec(timing)?.[1]);
  const batch = 1000;
  const { times, agents } = await inWasm(
    browser,
    `const times = []; let agents = 0;
     for (let r = 0; r < 20; r++) { const start = performance.now(); agents = exports.erlang(arg); times.push((performance.now() - start) * 1000 / arg); }
     return { times, agents };`,
    batch,
  );
  const wasmUs = median(times);
  const py = pyworkforce();
  const rows = [
    ["", "library, native", "library, wasm", py.error ? "pyworkforce" : `pyworkforce ${py.version}`],
    ["time per solve", `${nativeUs.toFixed(1)} us`, `${wasmUs.toFixed(1)} us`, py.error ? "-" : `${py.median_us.toFixed(1)} us`],
    ["agents", ours.agents, agents, py.answer?.raw_positions ?? "-"],
    ["scheduled (30% shrinkage)", ours.scheduled, "", py.answer?.positions ?? "-"],
    ["service level", ours.service_level.toFixed(12), "", py.answer?.service_level?.toFixed(12) ?? "-"],
    ["probability of waiting", ours.wait_probability.toFixed(12), "", py.answer?.waiting_probability?.toFixed(12) ?? "-"],
    ["occupancy", ours.occupancy.toFixed(12), "", py.answer?.occupancy?.toFixed(12) ?? "-"],
  ];
  for (const r of rows) console.log(`${String(r[0]).padEnd(28)} ${String(r[1]).padStart(18)} ${String(r[2]).padStart(16)} ${String(r[3]).padStart(20)}`);
  if (py.error) console.log(py.error);
  const close = (a, b) => Math.abs(a - b) <= 1e-9;
  const agree =
    !py.error &&
    ours.agents === py.answer.raw_positions &&
    agents === ours.agents &&
    ours.scheduled === py.answer.positions &&
    close(ours.service_level, py.answer.service_level) &&
    close(ours.wait_probability, py.answer.waiting_probability) &&
    close(ours.occupancy, py.answer.occupancy);
  budget("Erlang C at 1,000 Erlangs: the same answer as pyworkforce (within 1e-9)", agree, agree ? "agents, scheduled, service level, waiting, occupancy agree" : py.error ?? "they differ");
  budget("Erlang C at 1,000 Erlangs, wasm, per solve", wasmUs < BUDGET.erlangUs, `${wasmUs.toFixed(1)} us (budget under ${BUDGET.erlangUs} us)`);
}

// The Monte Carlo of issue 17: 10,000 draws over four ranges of the default scenario, natively, as a
// bare wasm export, and in the page, where the draws run in parts after the edit's first paint: the
// longest main-thread task while they run is measured by a MessageChannel probe (the gaps between its
// messages, which only a task can hold up) beside the Long Tasks API (which reports tasks over 50 ms).
async function monteCarlo(browser) {
  heading("Monte Carlo: 10,000 draws over four ranges, natively, in wasm and in the page");
  const native = spawnSync("cargo", ["run", "-q", "--release", "--example", "monte_carlo"], { encoding: "utf8" });
  if (native.status !== 0) throw new Error(`the native Monte Carlo failed:\n${native.stderr}`);
  console.log(native.stdout.trim());
  const nativeMs = Number(/median ([\d.]+) ms/.exec(native.stdout)?.[1]);
  const { times } = await inWasm(
    browser,
    `const times = [];
     for (let r = 0; r < arg; r++) { const start = performance.now(); exports.monte_carlo(1); times.push(performance.now() - start); }
     return { times };`,
    SWEEP_RUNS,
  );
  const wasmMs = median(times);
  console.log(`wasm (Chromium) median ${wasmMs.toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over ${SWEEP_RUNS} runs`);
  budget("Monte Carlo, 10,000 draws, four ranges, wasm median", wasmMs < BUDGET.monteCarloMs, `${wasmMs.toFixed(2)} ms (budget under ${BUDGET.monteCarloMs} ms); native ${nativeMs.toFixed(2)} ms`);

  const { context, page } = await freshPage(browser, { allPanels: true });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__firstChart !== null);
  await page.waitForSelector('[data-testid="input-uncertainty-enabled"]');
  await page.getByTestId("input-uncertainty-enabled").check();
  for (const [id, v] of [
    ["workload-tickets_per_month-low", "150"], ["workload-tickets_per_month-high", "700"],
    ["workload-replies_per_ticket-low", "1.5"], ["workload-replies_per_ticket-high", "4"],
    ["workload-minutes_per_reply-low", "3"], ["workload-minutes_per_reply-high", "9"],
    ["workload-tier1_resolution_rate-low", "50"], ["workload-tier1_resolution_rate-high", "85"],
  ]) await page.getByTestId(`input-uncertainty-ranges-${id}`).fill(v);
  const runs = await page.evaluate(async () => {
    const status = document.querySelector('[data-testid="uncertainty-status"]');
    const tickets = document.querySelector('[data-testid="input-workload-tickets_per_month"]');
    const out = [];
    for (let r = 0; r < 10; r++) {
      // Quiet first: the run of the last edit is over.
      for (let i = 0; i < 500 && status.textContent !== ""; i++) await new Promise((ok) => setTimeout(ok, 10));
      let longest = 0, longTasks = 0, last = performance.now(), probing = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (probing) channel.port2.postMessage(0);
      };
      const observer = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
      observer.observe({ entryTypes: ["longtask"] });
      const start = performance.now();
      channel.port2.postMessage(0);
      tickets.value = String(300 + r);
      tickets.dispatchEvent(new Event("input", { bubbles: true }));
      // The run starts after the next frame and ends when the status line is empty again.
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      for (let i = 0; i < 1000 && status.textContent === ""; i++) await new Promise((ok) => setTimeout(ok, 1));
      for (let i = 0; i < 2000 && status.textContent !== ""; i++) await new Promise((ok) => setTimeout(ok, 2));
      const total = performance.now() - start;
      probing = false;
      observer.disconnect();
      out.push({ total, longest, longTasks });
    }
    return out;
  });
  await context.close();
  const longest = Math.max(...runs.map((r) => r.longest));
  const total = median(runs.map((r) => r.total));
  const longTasks = runs.reduce((n, r) => n + r.longTasks, 0);
  console.log(
    `in the page: edit to figures median ${ms(total)} (the edit's redraw, a frame, then the draws in parts); longest main-thread task while it ran ${ms(longest)}; tasks over 50 ms: ${longTasks}`,
  );
  budget("Monte Carlo in the page: no main-thread task over 50 ms", longTasks === 0 && longest < 50, `longest ${ms(longest)}`);
}

/** A Zendesk export of just under 50 MB (the most the page reads): two years of tickets with subjects,
 *  names, e-mails, replies and first reply times. */
function zendeskExport(path) {
  const lines = ["Id,Requester,Requester email,Subject,Created at,Status,Replies,First reply time in minutes,First reply time in minutes within business hours"];
  let size = lines[0].length + 2;
  const limit = 50 * 1024 * 1024 - 4096;
  const start = Date.UTC(2024, 10, 15);
  let i = 0;
  for (;;) {
    const when = new Date(start + i * 61_000);
    const date = when.toISOString().replace("T", " ").slice(0, 19) + " UTC";
    const line = `${100000 + i},Customer ${i % 9973},customer${i % 9973}@example.com,"Question about order #${i}, and a ""quoted"" word",${date},solved,${1 + (i % 5)},${(i * 7) % 600},${(i * 3) % 480}`;
    if (size + line.length + 2 > limit) break;
    lines.push(line);
    size += line.length + 2;
    i++;
  }
  writeFileSync(path, lines.join("\r\n") + "\r\n");
  return { rows: i, bytes: size };
}

async function helpdeskImport(browser) {
  heading("Reading a helpdesk export (issue 39)");
  const dir = mkdtempSync(join(tmpdir(), "export-"));
  const path = join(dir, "zendesk-tickets.csv");
  const { rows, bytes } = zendeskExport(path);
  const { page, context } = await freshPage(browser);
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__firstChart !== null);
  const runs = [];
  let summary = "";
  for (let r = 0; r < 3; r++) {
    await page.evaluate(() => {
      window.__probe = { longest: 0, last: performance.now(), on: true, progress: 0 };
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const p = window.__probe;
        const now = performance.now();
        p.longest = Math.max(p.longest, now - p.last);
        p.last = now;
        if (document.querySelector('[data-testid="history-progress"]')) p.progress++;
        if (p.on) channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
      window.__probe.start = performance.now();
    });
    await page.getByTestId("import-history").setInputFiles(path);
    await page.waitForSelector('[data-testid="history-table"]', { timeout: 60_000 });
    const run = await page.evaluate(() => {
      const p = window.__probe;
      p.on = false;
      return { total: performance.now() - p.start, longest: p.longest, progress: p.progress };
    });
    runs.push(run);
    summary = await page.getByTestId("history-summary").innerText();
    await page.getByTestId("history-cancel").click();
  }
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  const total = median(runs.map((r) => r.total));
  const longest = Math.max(...runs.map((r) => r.longest));
  console.log(`${(bytes / 1048576).toFixed(1)} MB, ${rows.toLocaleString("en")} tickets: choose to table ${runs.map((r) => ms(r.total)).join(", ")}; longest main-thread task ${ms(longest)}; progress seen in ${Math.min(...runs.map((r) => r.progress))}+ turns`);
  console.log(`summary: ${summary.replaceAll("\n", " ")}`);
  budget("a 50 MB helpdesk export read in the page, median of 3", total < BUDGET.importMs, `${ms(total)} (budget under ${BUDGET.importMs} ms)`);
  budget("... without freezing: longest main-thread task", longest < BUDGET.importLongestTaskMs && runs.every((r) => r.progress > 0), `${ms(longest)} (budget under ${BUDGET.importLongestTaskMs} ms, progress shown)`);
}

// Lighthouse's mobile preset slows the CPU down 4 times, which turns the fast desktop it assumes (CPU
// benchmark index about 1,500) into a mid-tier phone. On a slower host the same 4x emulates a slower
// phone, and Lighthouse warns that the score suffers. Its documentation (docs/throttling.md, "Calibrating
// the CPU slowdown") says to pick the multiplier from the host's index instead, with the calculator it
// links to; this is that calculator's formula. A fast host gets more than 4x.
function calibratedMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

function runLighthouse(extraArgs) {
  const dir = mkdtempSync(join(tmpdir(), "support-calc-lh-"));
  const out = join(dir, "report.json");
  const args = [
    `${ORIGIN}/`,
    `--chrome-path=${CHROMIUM}`,
    `--chrome-flags=${FLAGS.join(" ")}`,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    ...extraArgs,
  ];
  const run = spawnSync("node_modules/.bin/lighthouse", args, { encoding: "utf8" });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`Lighthouse failed:\n${run.stderr}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  const score = (id) => Math.round(report.categories[id].score * 100);
  const metric = (id) => report.audits[id].displayValue;
  const index = Math.round(report.environment.benchmarkIndex);
  const summary =
    `performance ${score("performance")}, accessibility ${score("accessibility")}, ` +
    `best practices ${score("best-practices")}, SEO ${score("seo")} ` +
    `(FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, ` +
    `TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}; CPU benchmark index ${index})`;
  return { score, index, summary, warnings: report.runWarnings };
}

const CALIBRATED_RUNS = 5;

function lighthouse() {
  heading("Lighthouse (Debian Chromium)");
  const mobile = runLighthouse([]);
  console.log(`mobile, default 4x CPU slowdown:      ${mobile.summary}`);
  for (const warning of mobile.warnings) console.log(`  Lighthouse warns: ${warning}`);
  const multiplier = Number(calibratedMultiplier(mobile.index).toFixed(2));
  const calibrated = [];
  for (let i = 0; i < CALIBRATED_RUNS; i++) {
    const run = runLighthouse([`--throttling.cpuSlowdownMultiplier=${multiplier}`]);
    console.log(`mobile, calibrated ${multiplier}x slowdown (${i + 1}/${CALIBRATED_RUNS}): ${run.summary}`);
    calibrated.push(run);
  }
  const desktop = runLighthouse(["--preset=desktop"]);
  console.log(`desktop preset:                       ${desktop.summary}`);
  // The budget is checked on the median calibrated mobile run (by performance score) and on desktop.
  calibrated.sort((a, b) => a.score("performance") - b.score("performance"));
  const median = calibrated[Math.floor(calibrated.length / 2)];
  for (const [name, run] of [[`mobile (calibrated ${multiplier}x, median of ${CALIBRATED_RUNS})`, median], ["desktop", desktop]]) {
    for (const id of ["performance", "accessibility", "best-practices"]) {
      budget(`Lighthouse ${name} ${id}`, run.score(id) >= BUDGET.lighthouse, `${run.score(id)} (budget at least ${BUDGET.lighthouse})`);
    }
  }
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
// BENCH_ONLY=redraw measures only the edits, BENCH_ONLY=size only the first load, BENCH_ONLY=nav only the
// navigations to the first chart, BENCH_ONLY=erlang
// only Erlang C, BENCH_ONLY=mc only the Monte Carlo, BENCH_ONLY=import only the helpdesk export and BENCH_ONLY=lighthouse only Lighthouse, to compare
// two builds quickly (`BENCH_ONLY=redraw node scripts/bench.mjs path/to/dist`).
const only = process.env.BENCH_ONLY;
try {
  if (!only || only === "size") await firstLoad(browser);
  if (!only || only === "nav") await firstChart(browser);
  if (!only || only === "redraw") for (const kind of EDIT_KINDS) await redrawLatency(browser, kind);
  if (!only) await sweeps(browser);
  if (!only || only === "erlang") await erlang(browser);
  if (!only || only === "mc") await monteCarlo(browser);
  if (!only || only === "import") await helpdeskImport(browser);
  if (!only || only === "lighthouse") lighthouse();
} finally {
  await browser.close();
  server.kill();
}

heading("Budgets");
for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.name.padEnd(72)} ${r.figure}`);
const missed = results.filter((r) => !r.ok).length;
console.log(missed ? `\n${missed} budget(s) missed.` : "\nEvery budget met.");
process.exit(missed ? 1 : 0);
