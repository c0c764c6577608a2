// covers: globalThis.AbortSignal.abort, globalThis.AbortSignal.any, globalThis.AbortSignal.timeout, globalThis.AbortController
'use strict';
const common = require('../common');
const assert = require('assert');

const s = AbortSignal.abort();
assert.strictEqual(s.aborted, true);
assert.strictEqual(s.reason.name, 'AbortError');
assert.strictEqual(AbortSignal.abort('r').reason, 'r');

// any(): aborts when the first input aborts, with that input's reason.
const a = new AbortController();
const b = new AbortController();
const combined = AbortSignal.any([a.signal, b.signal]);
assert.strictEqual(combined.aborted, false);
combined.addEventListener('abort', common.mustCall());
b.abort('from-b');
assert.strictEqual(combined.aborted, true);
assert.strictEqual(combined.reason, 'from-b');
a.abort('from-a');
assert.strictEqual(combined.reason, 'from-b');
// any() of an already-aborted signal is aborted immediately.
assert.strictEqual(AbortSignal.any([AbortSignal.abort('x')]).reason, 'x');

// timeout(): aborts with a TimeoutError after at least the given delay.
const t = AbortSignal.timeout(10);
assert.strictEqual(t.aborted, false);
t.addEventListener('abort', common.mustCall(() => {
  assert.strictEqual(t.reason.name, 'TimeoutError');
  assert.ok(t.reason instanceof DOMException);
}));
// Keep the process alive long enough (the timeout signal's timer is unref'd).
setTimeout(() => {}, 100);
assert.throws(() => AbortSignal.timeout(-1), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
