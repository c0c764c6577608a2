// covers: timers, timers.Timeout, timers.Immediate, timers.promises.scheduler
'use strict';
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

// The module object and its promises namespace.
assert.strictEqual(require('node:timers'), timers);
assert.strictEqual(timers.promises, require('timers/promises'));
assert.strictEqual(timers.setTimeout, globalThis.setTimeout);

// setTimeout and setInterval return Timeout objects; setImmediate an Immediate.
const t = timers.setTimeout(common.mustNotCall(), 1000);
const Timeout = t.constructor;
assert.strictEqual(Timeout.name, 'Timeout');
const iv = timers.setInterval(common.mustNotCall(), 1000);
assert.ok(iv instanceof Timeout);
assert.strictEqual(typeof Timeout.prototype.refresh, 'function');
assert.strictEqual(t.hasRef(), true);
timers.clearTimeout(t);
timers.clearInterval(iv);

const imm = timers.setImmediate(common.mustNotCall());
const Immediate = imm.constructor;
assert.strictEqual(Immediate.name, 'Immediate');
assert.notStrictEqual(Immediate, Timeout);
assert.ok(!(imm instanceof Timeout));
assert.strictEqual(typeof Immediate.prototype.hasRef, 'function');
assert.strictEqual(Immediate.prototype.refresh, undefined);
timers.clearImmediate(imm);

// A Timeout keeps its callback's arguments and fires once.
const t2 = timers.setTimeout(common.mustCall((a, b) => {
  assert.strictEqual(a, 'a');
  assert.strictEqual(b, 2);
}), 1, 'a', 2);
assert.ok(t2 instanceof Timeout);

// An Immediate passes arguments too.
const imm2 = timers.setImmediate(common.mustCall((x) => assert.strictEqual(x, 'imm')), 'imm');
assert.ok(imm2 instanceof Immediate);

// timers.promises.scheduler: wait(ms) resolves after a delay, yield() resolves soon.
const { scheduler } = timers.promises;
assert.strictEqual(scheduler, require('timers/promises').scheduler);
(async () => {
  const start = Date.now();
  assert.strictEqual(await scheduler.wait(20), undefined);
  assert.ok(Date.now() - start >= 15);
  assert.strictEqual(await scheduler.yield(), undefined);
  const ac = new AbortController();
  const p = scheduler.wait(10000, { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
})().then(common.mustCall());
