'use strict';
// node:test — tests, suites and hooks run one at a time (concurrency is accepted but sequential),
// after the main module has finished; the spec-shaped report is printed when the loop runs dry.
// Not here: run(), snapshot, mock.timers, --test-only filtering (`only` is a marker only), and
// reporters other than spec.

const { binding } = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject, validateInteger } = require('internal/validators');
const { MockTracker } = require('internal/test/mock');
const { reportTest, reportSummary } = require('internal/test/reporter');

const now = () => binding.hrNow();

// The deepest test whose body (or hook) is running: new tests and uncaught errors belong to it.
let running = null;
// The suite whose describe() callback is collecting its children right now.
let building = null;

function testFailure(message, failureType) {
  const e = new Error(message);
  Object.defineProperty(e, 'failureType', { value: failureType, configurable: true, writable: true });
  return e;
}

// Where test()/describe() was called, for the "test at file:line:col" line of the summary.
function callSite() {
  const stack = new Error().stack || '';
  for (const line of stack.split('\n').slice(1)) {
    const m = /\(?((?:file:\/\/)?\/[^()]*):(\d+):(\d+)\)?$/.exec(line.trim());
    if (m) return { file: m[1], line: +m[2], column: +m[3] };
  }
  return null;
}

class TestContext {
  #test;
  constructor(test) {
    this.#test = test;
  }
  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get filePath() { return this.#test.loc ? this.#test.loc.file : undefined; }
  get signal() { return this.#test.controller.signal; }
  get mock() { return this.#test.mockTracker(); }
  get assert() { return this.#test.boundAssert(); }
  diagnostic(message) { this.#test.diagnostics.push(`${message}`); }
  plan(count) {
    validateInteger(count, 'count', 0);
    this.#test.planned = count;
  }
  skip(message) { this.#test.skip = message === undefined ? true : `${message}`; }
  todo(message) { this.#test.todo = message === undefined ? true : `${message}`; }
  test(name, options, fn) {
    const child = this.#test.addChild(makeTest(name, options, fn, false, this.#test));
    this.#test.countAssertion();
    return child.promise;
  }
  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }
}

class SuiteContext {
  #suite;
  constructor(suite) {
    this.#suite = suite;
  }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName(); }
  get filePath() { return this.#suite.loc ? this.#suite.loc.file : undefined; }
  get signal() { return this.#suite.controller.signal; }
}

class Test {
  constructor({ name, fn, options, parent, isSuite, loc }) {
    this.name = name;
    this.fn = fn;
    this.parent = parent;
    this.isSuite = isSuite;
    this.loc = loc;
    this.depth = parent ? parent.depth + 1 : -1;
    const inheritedSkip = parent && parent.skip !== false && parent.depth >= 0;
    this.skip = options.skip ? (typeof options.skip === 'string' ? options.skip : true) : inheritedSkip;
    this.todo = options.todo ? (typeof options.todo === 'string' ? options.todo : true) : false;
    this.only = !!options.only;
    this.timeout = options.timeout === undefined ? Infinity : options.timeout;
    this.children = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = null;
    this.diagnostics = [];
    this.passed = false;
    this.cancelled = false;
    this.error = null;
    this.duration = 0;
    this.planned = null;
    this.assertions = 0;
    this.controller = new AbortController();
    // A suite's children wait until the suite itself runs; a test's subtests start when created.
    this.queue = isSuite ? new Promise((resolve) => { this.openGate = resolve; }) : Promise.resolve();
    this.mock = null;
    this.ctx = isSuite ? new SuiteContext(this) : new TestContext(this);
    this.abortRun = null; // rejects the body's promise when an uncaught error is charged to it
    this.promise = new Promise((resolve) => { this.resolveDone = resolve; });
  }

  fullName() {
    return this.parent && this.parent.depth >= 0 ? `${this.parent.fullName()} > ${this.name}` : this.name;
  }

  mockTracker() {
    if (this.mock === null) this.mock = new MockTracker();
    return this.mock;
  }

  countAssertion() {
    this.assertions++;
  }

  boundAssert() {
    if (!this.assertObject) {
      const assert = require('assert');
      const bound = {};
      for (const key of Object.keys(assert)) {
        if (typeof assert[key] !== 'function' || key === 'AssertionError' || key === 'Assert' ||
            key === 'CallTracker' || key === 'strict') continue;
        const method = assert[key];
        bound[key] = (...args) => {
          this.countAssertion();
          return Reflect.apply(method, assert, args);
        };
      }
      this.assertObject = bound;
    }
    return this.assertObject;
  }

  addHook(kind, fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    this.hooks[kind].push({ fn, timeout: options.timeout === undefined ? Infinity : options.timeout });
  }

  // Children run one after another, in the order they were created.
  addChild(child) {
    this.children.push(child);
    this.queue = this.queue.then(() => child.run());
    return child;
  }

  fail(error) {
    if (this.error === null) this.error = error;
  }

  ancestors() {
    const out = [];
    for (let p = this.parent; p; p = p.parent) out.unshift(p);
    return out;
  }

  // Calls a body or hook with (ctx) or (ctx, done); resolves when it ends, rejects on failure,
  // on timeout, or when an uncaught error is charged to this test.
  invoke(fn, ctx, timeout, useDone) {
    let timer = null;
    // `settle` stays free to reject (timeout, uncaught error) until the body's own outcome arrives.
    const body = new Promise((resolve, reject) => {
      this.abortRun = reject;
      if (timeout !== Infinity) {
        timer = setTimeout(() => reject(testFailure(`test timed out after ${timeout}ms`, 'testTimeoutFailure')),
                           timeout);
      }
      if (useDone) {
        const done = (err) => (err ? reject(err) : resolve());
        const result = Reflect.apply(fn, ctx, [ctx, done]);
        if (result && typeof result.then === 'function') {
          reject(testFailure('passed a callback but also returned a Promise', 'callbackAndPromisePresent'));
        }
      } else {
        const result = Reflect.apply(fn, ctx, [ctx]);
        if (result && typeof result.then === 'function') result.then(() => resolve(), reject);
        else resolve();
      }
    });
    const clear = () => {
      if (timer !== null) clearTimeout(timer);
      this.abortRun = null;
    };
    return body.then(clear, (e) => {
      clear();
      throw e;
    });
  }

  async runHooks(kind, target, owner) {
    for (const hook of owner.hooks[kind]) {
      await this.invoke(hook.fn, target.ctx, hook.timeout, hook.fn.length >= 2);
    }
  }

  // `before` hooks of a test or suite run once, before its first child.
  runBeforeOnce() {
    if (this.beforeRan === null) {
      this.beforeRan = (async () => {
        for (const hook of this.hooks.before) {
          await this.invoke(hook.fn, this.ctx, hook.timeout, hook.fn.length >= 2);
        }
      })();
    }
    return this.beforeRan;
  }

  async run() {
    const start = now();
    const outer = running;
    running = this;
    try {
      if (this.parent) await this.parent.runBeforeOnce();
      if (this.skip !== false) {
        this.passed = true;
      } else {
        await this.runBody();
      }
    } catch (e) {
      this.fail(e);
    } finally {
      running = outer;
    }
    this.duration = now() - start;
    this.finish();
  }

  async runBody() {
    const ancestors = this.ancestors();
    try {
      if (!this.isSuite) {
        for (const a of ancestors) await this.runHooks('beforeEach', this, a);
        await this.invoke(this.fn, this.ctx, this.timeout, this.fn.length >= 2);
      } else {
        await this.buildPromise;
        this.openGate();
      }
      await this.runBeforeOnce();
      await this.queue; // the children
    } catch (e) {
      this.fail(e);
    }
    try {
      for (const hook of this.hooks.after) {
        await this.invoke(hook.fn, this.ctx, hook.timeout, hook.fn.length >= 2);
      }
      if (!this.isSuite) {
        for (const a of ancestors.reverse()) await this.runHooks('afterEach', this, a);
      }
    } catch (e) {
      this.fail(e);
    }
    const failedChildren = this.children.filter((c) => !c.passed && c.todo === false).length;
    if (failedChildren > 0) {
      this.fail(testFailure(`${failedChildren} subtest${failedChildren === 1 ? '' : 's'} failed`,
                            'subtestsFailed'));
    }
    if (this.planned !== null && this.planned !== this.assertions && this.error === null) {
      this.fail(testFailure(`plan expected ${this.planned} assertions but received ${this.assertions}`,
                            'testCodeFailure'));
    }
    this.passed = this.error === null;
  }

  finish() {
    if (this.mock !== null) this.mock.reset();
    this.controller.abort();
    reportTest(this);
    this.resolveDone();
  }
}

// ---- the harness: the root test, the start after the main module, the summary at the end -----

const root = new Test({ name: '<root>', fn: null, options: {}, parent: null, isSuite: true, loc: null });
let started = null;
let reported = false;
let rootAfterRan = false;
let uncaughtOutsideTests = 0;

function startHarness() {
  if (started !== null) return;
  started = now();
  // Top-level tests wait for the main module to finish, as in Node.
  root.queue = new Promise((resolve) => setImmediate(resolve));
  process.on('uncaughtException', (err) => {
    const t = running;
    if (t !== null && t !== root) {
      t.fail(err);
      if (t.abortRun) t.abortRun(err);
    } else {
      uncaughtOutsideTests++;
      root.diagnostics.push(`Error: an error was thrown outside of any test: ${err && err.stack ? err.stack : err}`);
    }
  });
  process.on('beforeExit', finishHarness);
}

function walk(t, fn) {
  for (const c of t.children) {
    fn(c);
    walk(c, fn);
  }
}

// Runs when the loop is empty: tests still pending can never finish now.
function finishHarness() {
  if (reported) return;
  // Top-level after() hooks run once everything else is done; the report follows them.
  if (!rootAfterRan && root.hooks.after.length > 0) {
    rootAfterRan = true;
    const runAll = async () => {
      for (const hook of root.hooks.after) {
        await root.invoke(hook.fn, root.ctx, hook.timeout, hook.fn.length >= 2);
      }
    };
    runAll().catch((e) => {
      uncaughtOutsideTests++;
      root.diagnostics.push(`Error: an after() hook failed: ${e && e.stack ? e.stack : e}`);
    }).then(() => setImmediate(finishHarness));
    return;
  }
  reported = true;
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const failures = [];
  walk(root, (t) => {
    if (t.duration === 0 && !t.passed && t.error === null) {
      t.cancelled = true;
      t.error = testFailure('Promise resolution is still pending but the event loop has already resolved',
                            'cancelledByParent');
      reportTest(t);
    }
    if (t.isSuite) {
      counts.suites++;
      return;
    }
    counts.tests++;
    if (t.skip !== false) counts.skipped++;
    else if (t.todo !== false) counts.todo++;
    else if (t.cancelled) counts.cancelled++;
    else if (t.passed) counts.pass++;
    else counts.fail++;
  });
  walk(root, (t) => {
    if (t.error !== null && t.todo === false && !t.cancelled && t.error.failureType !== 'subtestsFailed') {
      failures.push(t);
    }
  });
  reportSummary(root, counts, now() - started, failures, process.cwd());
  // A failing suite (its callback threw, a hook failed) fails the run too, as in Node.
  if (counts.fail > 0 || counts.cancelled > 0 || failures.length > 0 || uncaughtOutsideTests > 0) {
    process.exitCode = 1;
  }
}

// ---- the public functions ----------------------------------------------------------------------

// test(name?, options?, fn?) in any of Node's argument shapes.
function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = {};
    name = fn.name || '<anonymous>';
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = (typeof fn === 'function' && fn.name) || '<anonymous>';
  } else {
    if (typeof options === 'function') {
      fn = options;
      options = {};
    }
    name = name === undefined ? (fn && fn.name) || '<anonymous>' : `${name}`;
  }
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  if (options.timeout !== undefined && options.timeout !== Infinity) {
    validateInteger(options.timeout, 'options.timeout', 0);
  }
  if (fn === undefined) {
    fn = () => {};
    if (!options.skip) options = { ...options, todo: options.todo || true };
  }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  return { name, options, fn };
}

function makeTest(name, options, fn, isSuite, parent) {
  const args = parseArgs(name, options, fn);
  return new Test({ ...args, parent, isSuite, loc: callSite() });
}

// Where a test or suite created by the module-level functions goes.
function currentParent() {
  return building || running || root;
}

function test(name, options, fn) {
  const parent = currentParent();
  if (parent === root) startHarness();
  const t = parent.addChild(makeTest(name, options, fn, false, parent));
  return t.promise;
}

function describe(name, options, fn) {
  const parent = currentParent();
  if (parent === root) startHarness();
  const suite = makeTest(name, options, fn, true, parent);
  // The callback runs now and collects the children (Node does the same).
  const outer = building;
  building = suite;
  try {
    const result = suite.skip === false ? Reflect.apply(suite.fn, suite.ctx, [suite.ctx]) : undefined;
    suite.buildPromise = Promise.resolve(result);
  } catch (e) {
    suite.buildPromise = Promise.reject(e);
  } finally {
    building = outer;
  }
  suite.buildPromise.catch(() => {}); // the failure is reported when the suite runs
  parent.addChild(suite);
  return suite.promise;
}

function hook(kind) {
  return (fn, options) => {
    const parent = currentParent();
    if (parent === root) startHarness();
    parent.addHook(kind, fn, options);
  };
}

function withVariants(base) {
  base.skip = (name, options, fn) => base(...variant(name, options, fn, 'skip'));
  base.todo = (name, options, fn) => base(...variant(name, options, fn, 'todo'));
  base.only = (name, options, fn) => base(...variant(name, options, fn, 'only'));
  return base;
}

// Adds {skip|todo|only: true} to whatever shape of arguments was given.
function variant(name, options, fn, key) {
  if (typeof name === 'function') return [{ [key]: true }, name];
  if (name !== null && typeof name === 'object') return [{ ...name, [key]: true }, options];
  if (typeof options === 'function' || options === undefined) return [name, { [key]: true }, options];
  return [name, { ...options, [key]: true }, fn];
}

const it = withVariants((name, options, fn) => test(name, options, fn));
withVariants(describe);

module.exports = withVariants(test);
Object.assign(module.exports, {
  test: module.exports,
  it,
  describe,
  suite: describe,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  mock: new MockTracker(),
});
