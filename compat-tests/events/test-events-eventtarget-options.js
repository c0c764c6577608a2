// covers: globalThis.EventTarget.prototype.addEventListener, globalThis.EventTarget.prototype.dispatchEvent, globalThis.AbortController
'use strict';
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
// once: removed after the first dispatch.
et.addEventListener('o', common.mustCall(), { once: true });
et.dispatchEvent(new Event('o'));
et.dispatchEvent(new Event('o'));

// signal: aborting removes the listener.
const ac = new AbortController();
et.addEventListener('s', common.mustCall(), { signal: ac.signal });
et.dispatchEvent(new Event('s'));
ac.abort();
et.dispatchEvent(new Event('s'));
// An already aborted signal means the listener is never added.
et.addEventListener('s', common.mustNotCall(), { signal: AbortSignal.abort() });
et.dispatchEvent(new Event('s'));

// passive: preventDefault is ignored.
et.addEventListener('p', common.mustCall((e) => {
  e.preventDefault();
  assert.strictEqual(e.defaultPrevented, false);
}), { passive: true });
assert.strictEqual(et.dispatchEvent(new Event('p', { cancelable: true })), true);

// The capture flag distinguishes registrations of the same function.
const fn = common.mustCall(2);
et.addEventListener('c', fn, true);
et.addEventListener('c', fn, false);
et.addEventListener('c', fn, { capture: true });
et.dispatchEvent(new Event('c'));
