'use strict';
// Timing helpers shared by the benchmark programs; plain JS that runs on node4j, Node, Bun and
// Deno. Every result is one JSON line on stdout starting with {"bench": (bench/run.sh keeps
// only those lines), so programs may print other things freely.

const QUICK = typeof process !== 'undefined' && process.env.BENCH_QUICK === '1';

// performance.now() where the engine has it, else process.hrtime (node4j has no global
// performance yet), else Date.now.
const now = typeof performance !== 'undefined' && typeof performance.now === 'function'
  ? () => performance.now()
  : typeof process !== 'undefined' && process.hrtime && process.hrtime.bigint
    ? () => Number(process.hrtime.bigint()) / 1e6
    : () => Date.now();

function emit(record) {
  console.log(JSON.stringify(record));
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Warm-up. A JIT engine's speed climbs for a while before it settles: Node's in about a second,
// node4j --jit's over 5-60 s on 2 cores while GraalJS compiles. Measuring inside that climb
// measures the compiler, not the steady state, so every engine warms until its last kSettle
// samples (runs, or windows of calls) agree within 10%, for at least its minimum and at most
// BENCH_MAX_WARM_MS; each record says how long that took (warmMs) and whether it settled.
// BENCH_MIN_WARM_MS makes the warm-up last at least that long whatever the samples say: GraalJS
// compiles first without inlining and much later with it, and the first tier's speed looks
// settled for seconds before the second arrives (bench/run.sh sets it for node4j --jit only).
// For the same reason a throughput window lasts a tenth of the warm-up so far (at least
// kWindowMs): settling then means a rate flat over the last ~40% of the warm-up, not over 2 s
// (on 2 cores path.resolve's second tier arrived 35-60 s in, after a flat first tier).
const MAX_WARM_MS = Number(process.env.BENCH_MAX_WARM_MS || (QUICK ? 100 : 30000));
const MIN_WARM_MS = QUICK ? 0 : Number(process.env.BENCH_MIN_WARM_MS || 0);
const kSettle = 4;
const kWindowMs = QUICK ? 10 : 500;

function settled(samples) {
  if (samples.length < kSettle) return false;
  const last = samples.slice(-kSettle);
  return Math.max(...last) <= 1.1 * Math.min(...last);
}

// Runs fn() (one sample per call, its time in ms) until settled; returns { warmMs, settled, sink }.
function warmRuns(fn, minRuns) {
  let sink = 0;
  const times = [];
  const start = now();
  for (;;) {
    const t0 = now();
    sink ^= consume(fn());
    times.push(now() - t0);
    const warmMs = now() - start;
    const ok = times.length >= minRuns && warmMs >= MIN_WARM_MS && settled(times);
    if (ok || warmMs >= MAX_WARM_MS) return { warmMs, settled: ok, sink };
  }
}

// A steady-state program: warm-up runs (at least `warmup`, until settled), then `iters` timed runs
// of fn(); reports the median time of one run in ms (lower is better). fn's result is kept alive.
function steady(name, fn, { warmup = QUICK ? 1 : 5, iters = QUICK ? 2 : 10, size } = {}) {
  const warm = warmRuns(fn, warmup);
  let sink = warm.sink;
  const times = [];
  for (let i = 0; i < iters; i++) {
    const t0 = now();
    sink ^= consume(fn());
    times.push(now() - t0);
  }
  emit({ bench: name, metric: 'ms', better: 'lower', value: median(times),
    min: Math.min(...times), runs: iters, warmup, warmMs: warm.warmMs, settled: warm.settled, size, sink: sink & 1 });
}

// Operations per second of fn(): warms up (at least warmMs, in windows of calls, until the rate
// settles), then counts calls over measureMs (higher is better). `bytes` (per call) adds MiB/s.
function throughput(name, fn, { warmMs = QUICK ? 20 : 1000, measureMs = QUICK ? 50 : 3000, bytes } = {}) {
  let sink = 0;
  const rates = [];
  const start = now();
  let warmed;
  let ok;
  do {
    let n = 0;
    const t0 = now();
    let el;
    const windowMs = Math.max(kWindowMs, (t0 - start) / 10);
    do { sink ^= consume(fn()); n++; el = now() - t0; } while (el < windowMs);
    rates.push(n / el);
    warmed = now() - start;
    ok = warmed >= Math.max(warmMs, MIN_WARM_MS) && settled(rates);
  } while (!ok && warmed < MAX_WARM_MS);
  let ops = 0;
  const t0 = now();
  let elapsed = 0;
  do {
    sink ^= consume(fn());
    ops++;
    elapsed = now() - t0;
  } while (elapsed < measureMs);
  const opsPerSec = ops / (elapsed / 1000);
  const rec = { bench: name, metric: 'ops/s', better: 'higher', value: opsPerSec, ops, ms: elapsed,
    warmMs: warmed, settled: ok, sink: sink & 1 };
  if (bytes) rec.mibPerSec = opsPerSec * bytes / 1048576;
  emit(rec);
}

// One timed run of a long operation (e.g. hashing 64 MiB) after warm-up runs (at least `warmup`,
// until settled), reported as MiB/s over `bytes` (higher is better).
function bulk(name, fn, bytes, { warmup = QUICK ? 0 : 2, iters = QUICK ? 1 : 5 } = {}) {
  const warm = warmRuns(fn, warmup);
  let sink = warm.sink;
  const times = [];
  for (let i = 0; i < iters; i++) {
    const t0 = now();
    sink ^= consume(fn());
    times.push(now() - t0);
  }
  const ms = median(times);
  emit({ bench: name, metric: 'MiB/s', better: 'higher', value: bytes / 1048576 / (ms / 1000), ms, runs: iters, bytes,
    warmMs: warm.warmMs, settled: warm.settled, sink: sink & 1 });
}

// Same as bulk for operations that finish through a callback or promise.
// Warms an async run until settled (at least `warmup` runs), then times `iters` runs;
// returns the median run's ms, the warm-up's length and whether it settled.
async function timeAsync(fn, warmup, iters) {
  const warmTimes = [];
  const start = now();
  let ok = false;
  let warmMs = 0;
  while (!ok && (warmTimes.length < warmup || warmMs < MAX_WARM_MS)) {
    const t0 = now();
    await fn();
    warmTimes.push(now() - t0);
    warmMs = now() - start;
    ok = warmTimes.length >= warmup && warmMs >= MIN_WARM_MS && settled(warmTimes);
  }
  const times = [];
  for (let i = 0; i < iters; i++) {
    const t0 = now();
    await fn();
    times.push(now() - t0);
  }
  return { ms: median(times), warmMs, settled: ok };
}

// MiB/s of an async run that moves `bytes` (higher is better).
async function bulkAsync(name, fn, bytes, { warmup = QUICK ? 0 : 1, iters = QUICK ? 1 : 5 } = {}) {
  const { ms, warmMs, settled: ok } = await timeAsync(fn, warmup, iters);
  emit({ bench: name, metric: 'MiB/s', better: 'higher', value: bytes / 1048576 / (ms / 1000), ms, runs: iters, bytes,
    warmMs, settled: ok });
}

// Operations per second of an async run that does `opsPerRun` operations (higher is better).
async function opsAsync(name, fn, opsPerRun, { warmup = QUICK ? 0 : 3, iters = QUICK ? 1 : 5 } = {}) {
  const { ms, warmMs, settled: ok } = await timeAsync(fn, warmup, iters);
  emit({ bench: name, metric: 'ops/s', better: 'higher', value: opsPerRun / (ms / 1000), ms, runs: iters, ops: opsPerRun,
    warmMs, settled: ok });
}

function skipped(name, reason) {
  emit({ bench: name, skipped: reason });
}

// Folds a result into a number so the optimizer cannot drop the work.
function consume(v) {
  if (typeof v === 'number') return v | 0;
  if (typeof v === 'string') return v.length;
  if (v && typeof v.length === 'number') return v.length;
  return v ? 1 : 0;
}

// Deterministic pseudo-random bytes: xorshift32, seed 0x9E3779B9 (same as the Java BenchData).
function randomBytes(size) {
  const out = new Uint8Array(size);
  let x = 0x9E3779B9 | 0;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

// Tries require(id); returns undefined if the engine lacks the module.
function optional(id) {
  try {
    return require(id);
  } catch (e) {
    return undefined;
  }
}

module.exports = { QUICK, now, emit, steady, throughput, bulk, bulkAsync, opsAsync, skipped, randomBytes, optional };
