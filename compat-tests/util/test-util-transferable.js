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
