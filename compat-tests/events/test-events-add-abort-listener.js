// covers: events.addAbortListener, globalThis.AbortController
'use strict';
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, common.mustCall((ev) => {
  assert.strictEqual(ev.type, 'abort');
}));
assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
ac.abort();

// Disposing before the abort removes the listener.
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, common.mustNotCall());
d2[Symbol.dispose]();
ac2.abort();

// An already-aborted signal calls the listener on a later tick.
let sync = true;
addAbortListener(AbortSignal.abort(), common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;

assert.throws(() => addAbortListener({}, () => {}), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
assert.throws(() => addAbortListener(new AbortController().signal, 'x'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }));
