// covers: stream.addAbortSignal, stream.Readable
'use strict';
const common = require('../common');
const assert = require('assert');
const { addAbortSignal, Readable } = require('stream');

const ac = new AbortController();
const r = new Readable({ read() {} });
assert.strictEqual(addAbortSignal(ac.signal, r), r);
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
r.on('close', common.mustCall(() => assert.strictEqual(r.destroyed, true)));
ac.abort();

// The signal constructor option does the same.
const ac2 = new AbortController();
const r2 = new Readable({ read() {}, signal: ac2.signal });
r2.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
ac2.abort();

// An already-aborted signal destroys on attach.
const r3 = new Readable({ read() {} });
r3.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
addAbortSignal(AbortSignal.abort(), r3);

assert.throws(() => addAbortSignal('nope', new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "signal" argument must be an instance of AbortSignal/,
});
assert.throws(() => addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
});
