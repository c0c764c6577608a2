'use strict';
// Throughput of the runtime's own machinery, one typical use each: process.nextTick and timers
// (the event loop), console.log (formatting and a stream write), readline (lines of a stream),
// child_process.spawnSync (a process a call) and vm.runInContext. Each is skipped when the
// engine lacks what it needs. Ops/s; readline also MiB/s.
const { throughput, opsAsync, bulkAsync, skipped, optional, QUICK } = require('../../lib/harness.js');

const scale = QUICK ? 100 : 1;

function nextTicks(n) {
  return new Promise((resolve) => {
    let left = n;
    const step = () => (--left > 0 ? process.nextTick(step) : resolve());
    process.nextTick(step);
  });
}

function immediates(n) {
  return new Promise((resolve) => {
    let left = n;
    const step = () => (--left > 0 ? setImmediate(step) : resolve());
    setImmediate(step);
  });
}

// n timers of 1 ms set at once: one timer list, n callbacks when it expires.
function timeouts(n) {
  return new Promise((resolve) => {
    let left = n;
    const done = () => { if (--left === 0) resolve(); };
    for (let i = 0; i < n; i++) setTimeout(done, 1);
  });
}

async function main() {
  if (typeof process === 'undefined' || typeof process.nextTick !== 'function') {
    skipped('runtime.process.nextTick', 'no process.nextTick');
  } else {
    const n = 100000 / scale;
    await opsAsync('runtime.process.nextTick', () => nextTicks(n), n);
  }
  if (typeof setImmediate !== 'function') {
    skipped('runtime.timers.setImmediate', 'no setImmediate');
  } else {
    const n = 20000 / scale;
    await opsAsync('runtime.timers.setImmediate', () => immediates(n), n);
  }
  const n = 50000 / scale;
  await opsAsync('runtime.timers.setTimeout', () => timeouts(n), n);

  const stream = optional('stream');
  const consoleModule = optional('console');
  if (!stream || !consoleModule || typeof consoleModule.Console !== 'function') {
    skipped('runtime.console.log', 'no console.Console or stream');
  } else {
    const sink = new stream.Writable({ write(chunk, enc, cb) { cb(); } });
    const out = new consoleModule.Console({ stdout: sink, stderr: sink });
    let i = 0;
    throughput('runtime.console.log', () => { out.log('%s #%d: %o', 'request', i++, { ok: true }); return i; });
  }

  const readline = optional('readline');
  if (!stream || !readline || typeof stream.Readable.from !== 'function') {
    skipped('runtime.readline.lines', 'no readline or Readable.from');
  } else {
    const line = 'node4j readline bench: a log line of ordinary length, 72 characters.\n';
    const text = line.repeat(Math.ceil((QUICK ? 65536 : 4 * 1048576) / line.length));
    const chunks = [];
    for (let at = 0; at < text.length; at += 65536) chunks.push(text.slice(at, at + 65536));
    const lines = async () => {
      let count = 0;
      const rl = readline.createInterface({ input: stream.Readable.from(chunks), crlfDelay: Infinity });
      for await (const l of rl) count += l.length > 0 ? 1 : 0;
      if (count !== text.length / line.length) throw new Error(`saw ${count} lines`);
    };
    await bulkAsync('runtime.readline.lines', lines, text.length);
  }

  const childProcess = optional('child_process');
  if (!childProcess || typeof childProcess.spawnSync !== 'function' || process.platform === 'win32') {
    skipped('runtime.child_process.spawnSync', 'no child_process.spawnSync');
  } else {
    throughput('runtime.child_process.spawnSync', () => childProcess.spawnSync('true').status, { warmMs: 1000, measureMs: 3000 });
  }

  const vm = optional('vm');
  if (!vm || typeof vm.runInContext !== 'function') {
    skipped('runtime.vm.runInContext', 'no vm.runInContext');
  } else {
    const context = vm.createContext({ a: 20, b: 22 });
    throughput('runtime.vm.runInContext', () => vm.runInContext('a + b', context));
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
