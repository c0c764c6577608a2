'use strict';
// Portable helper for node4j compat tests. Runs unchanged on node, bun, deno, llrt and node4j:
// only `assert`, `fs`, `path` and `os` are used, and nothing engine-specific.
//
// A test is a plain CommonJS script: exit code 0 = pass. It starts with a header comment
//   // covers: fs.readFile, fs.promises.readFile
// naming the APIs it exercises (the matrix joins on these names).
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const os = require('os');

const pending = [];   // mustCall records, checked when the process exits

function describe(fn) {
  return (fn && fn.name) ? fn.name : '<anonymous>';
}

function track(fn, exact, atLeast) {
  if (typeof fn === 'number') { exact = fn; fn = () => {}; }
  if (fn === undefined) fn = () => {};
  const record = { name: describe(fn), exact, atLeast, actual: 0, stack: new Error().stack };
  pending.push(record);
  const wrapped = function(...args) {
    record.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return wrapped;
}

/** fn must be called exactly `exact` times (default 1) before exit. */
function mustCall(fn, exact = 1) { return track(fn, exact, undefined); }

/** fn must be called at least `min` times (default 1) before exit. */
function mustCallAtLeast(fn, min = 1) {
  if (typeof fn === 'number') { min = fn; fn = undefined; }
  return track(fn, undefined, min);
}

/** A callback that fails the test if it is ever called. */
function mustNotCall(msg) {
  const where = new Error().stack;
  return function mustNotCall(...args) {
    const argsText = args.map((a) => { try { return String(a); } catch { return '?'; } }).join(', ');
    assert.fail(`${msg || 'function should not have been called'} (args: ${argsText})\n${where}`);
  };
}

/** A node-style callback that must be called once, with no error. */
function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

/**
 * Returns a validator for assert.throws/rejects, or (when `exact` is given) a callback
 * that must be called `exact` times with an error matching `validation`.
 * validation: { code, name, message (string or RegExp), ...other own properties }.
 */
function expectsError(validation, exact) {
  const check = (error) => {
    assert.ok(error instanceof Error || (error && typeof error === 'object'),
              `expected an error object, got ${error}`);
    for (const [key, want] of Object.entries(validation)) {
      const got = error[key];
      if (want instanceof RegExp && typeof got === 'string') {
        assert.match(got, want, `error.${key}`);
      } else {
        assert.deepStrictEqual(got, want, `error.${key}`);
      }
    }
    return true;
  };
  if (exact === undefined) return check;
  return mustCall(check, exact);
}

/** Marks the test as skipped (the runner reports "skip") and exits 0. */
function skip(reason) {
  process.stdout.write(`1..0 # Skipped: ${reason}\n`);
  process.exit(0);
}

// A fresh temporary directory per test process.
const tmpRoot = path.join(os.tmpdir(), `node4j-compat-${process.pid}`);
const tmpdir = {
  path: tmpRoot,
  refresh() {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
    fs.mkdirSync(tmpRoot, { recursive: true });
    return tmpRoot;
  },
  resolve(...parts) { return path.join(tmpRoot, ...parts); },
};

const fixturesDir = path.join(__dirname, '..', 'fixtures');
const fixtures = {
  path: (...parts) => path.join(fixturesDir, ...parts),
  readSync: (parts, enc) => fs.readFileSync(path.join(fixturesDir, ...[].concat(parts)), enc),
};

function onExit(code) {
  if (fs.existsSync(tmpRoot)) {
    try { fs.rmSync(tmpRoot, { recursive: true, force: true }); } catch { /* best effort */ }
  }
  if (code !== 0) return;
  const failures = [];
  for (const r of pending) {
    if (r.exact !== undefined && r.actual !== r.exact) {
      failures.push(`mustCall: expected ${r.name} to be called exactly ${r.exact} time(s), ` +
                    `was ${r.actual}\n${r.stack}`);
    } else if (r.atLeast !== undefined && r.actual < r.atLeast) {
      failures.push(`mustCallAtLeast: expected ${r.name} at least ${r.atLeast} time(s), ` +
                    `was ${r.actual}\n${r.stack}`);
    }
  }
  if (failures.length) {
    process.stderr.write(failures.join('\n\n') + '\n');
    process.exitCode = 1;
  }
}

// The mustCall check must run after the test's own 'exit' listeners (a test may write
// `process.on('exit', common.mustCall(...))`). Listeners run in the order they were added, so
// whenever the test adds an 'exit' listener, the check is moved back to the end. Plain property
// wrappers: portable to node, bun, deno and node4j (prependListener adds in front, so needs none).
const addListener = process.on;
process.on('exit', onExit);
function keepCheckLast() {
  process.removeListener('exit', onExit);
  addListener.call(process, 'exit', onExit);
}
for (const method of ['on', 'addListener', 'once']) {
  const original = process[method];
  if (typeof original !== 'function') continue;
  process[method] = function(event, listener) {
    const result = original.apply(this, arguments);
    if (event === 'exit' && listener !== onExit && this === process) keepCheckLast();
    return result;
  };
}

// Stack frames ("    at ...") differ between engines and releases: tests that compare what a
// child printed drop them (keeping a trailing " {" of an error with extra properties).
function stripStackFrames(text) {
  return text.replace(/\n[ \t]+at [^\n]*?( \{)?(?=\n)/g, (m, brace) => brace || '');
}

/** Writes `source` to tmpdir/name, runs it with this engine; stderr comes without stack frames. */
function runScript(name, source) {
  const file = tmpdir.resolve(name);
  require('fs').writeFileSync(file, source);
  const r = require('child_process').spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: tmpdir.path });
  return { status: r.status, stdout: r.stdout, stderr: stripStackFrames(r.stderr), file };
}

module.exports = {
  stripStackFrames, runScript,
  mustCall, mustCallAtLeast, mustNotCall, mustSucceed, expectsError, skip,
  tmpdir, fixtures,
  isWindows: process.platform === 'win32',
  isLinux: process.platform === 'linux',
  isMacOS: process.platform === 'darwin',
};
