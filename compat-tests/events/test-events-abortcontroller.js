// covers: globalThis.AbortController, globalThis.AbortController.prototype.abort, globalThis.AbortSignal, globalThis.AbortSignal.prototype.throwIfAborted
'use strict';
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
const { signal } = ac;
assert.ok(signal instanceof AbortSignal);
assert.ok(signal instanceof EventTarget);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
signal.throwIfAborted();
signal.onabort = common.mustCall((e) => assert.strictEqual(e.type, 'abort'));
signal.addEventListener('abort', common.mustCall());
ac.abort();
assert.strictEqual(signal.aborted, true);
// The default reason is an AbortError DOMException.
assert.strictEqual(signal.reason.name, 'AbortError');
assert.ok(signal.reason instanceof DOMException);
assert.throws(() => signal.throwIfAborted(), (e) => e === signal.reason);
// A second abort does nothing (listeners not re-run, reason unchanged).
const first = signal.reason;
ac.abort('other');
assert.strictEqual(signal.reason, first);

// A custom reason is kept as-is.
const ac2 = new AbortController();
const why = { because: true };
ac2.abort(why);
assert.strictEqual(ac2.signal.reason, why);
assert.throws(() => ac2.signal.throwIfAborted(), (e) => e === why);
// AbortSignal cannot be constructed directly.
assert.throws(() => new AbortSignal(), TypeError);
