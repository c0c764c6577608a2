// covers: util.transferableAbortSignal, util.transferableAbortController, globalThis.structuredClone
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const ac = util.transferableAbortController();
assert.ok(ac instanceof AbortController);
assert.ok(ac.signal instanceof AbortSignal);
const sig = util.transferableAbortSignal(new AbortController().signal);
assert.ok(sig instanceof AbortSignal);
assert.throws(() => util.transferableAbortSignal({}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
// A transferable signal can be transferred with structuredClone; aborting the
// original is propagated to the clone asynchronously.
const cloned = structuredClone(ac.signal, { transfer: [ac.signal] });
assert.ok(cloned instanceof AbortSignal);
assert.strictEqual(cloned.aborted, false);
cloned.addEventListener('abort', common.mustCall(() => assert.strictEqual(cloned.reason, 'why')));
ac.abort('why');
assert.strictEqual(ac.signal.reason, 'why');

// Listed in transfer (only there) and never twice; the same signal twice in the value is one copy.
const other = util.transferableAbortController();
assert.throws(() => structuredClone(other.signal),
  { name: 'DataCloneError', message: 'Object that needs transfer was found in message but not listed in transferList' });
assert.throws(() => structuredClone(1, { transfer: [other.signal, other.signal] }),
  { name: 'DataCloneError', message: 'Transfer list contains duplicate AbortSignal' });
const pair = structuredClone([other.signal, other.signal], { transfer: [other.signal] });
assert.strictEqual(pair[0], pair[1]);
assert.notStrictEqual(pair[0], other.signal);

// An aborted signal transfers aborted, with a copy of its reason; the copy is transferable again.
const done = new AbortController();
util.transferableAbortSignal(done.signal);
done.abort();
const copy = structuredClone(done.signal, { transfer: [done.signal] });
assert.strictEqual(copy.aborted, true);
assert.ok(copy.reason instanceof DOMException);
assert.strictEqual(copy.reason.name, 'AbortError');
assert.notStrictEqual(copy.reason, done.signal.reason);
assert.strictEqual(structuredClone(copy, { transfer: [copy] }).aborted, true);

// The transferred copy learns of a later abort in the poll phase: before this loop iteration's
// immediates, after the original's own listeners.
const order = [];
const later = util.transferableAbortController();
const far = structuredClone(later.signal, { transfer: [later.signal] });
far.addEventListener('abort', common.mustCall(() => order.push('copy')));
later.signal.addEventListener('abort', () => order.push('original'));
setImmediate(common.mustCall(() => {
  order.push('immediate');
  assert.deepStrictEqual(order, ['original', 'copy', 'immediate']);
}));
later.abort();
assert.strictEqual(far.aborted, false);
