// covers: globalThis.EventTarget, globalThis.EventTarget.prototype.addEventListener, globalThis.EventTarget.prototype.removeEventListener, globalThis.EventTarget.prototype.dispatchEvent, globalThis.Event
'use strict';
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
const ev = new Event('foo');
const order = [];
function a(e) {
  assert.strictEqual(e, ev);
  assert.strictEqual(this, et);
  assert.strictEqual(e.target, et);
  assert.strictEqual(e.currentTarget, et);
  order.push('a');
}
et.addEventListener('foo', a);
// Registering the same function twice has no effect.
et.addEventListener('foo', a);
et.addEventListener('foo', () => order.push('b'));
assert.strictEqual(et.dispatchEvent(ev), true);
assert.deepStrictEqual(order, ['a', 'b']);
// After dispatch the event is no longer "current".
assert.strictEqual(ev.currentTarget, null);
assert.strictEqual(ev.eventPhase, 0);

et.removeEventListener('foo', a);
order.length = 0;
et.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(order, ['b']);
// Removing something unknown is a no-op.
et.removeEventListener('foo', () => {});
et.removeEventListener('nope', a);
// Re-dispatching an event that is being dispatched throws.
const et2 = new EventTarget();
const inner = new Event('x');
et2.addEventListener('x', common.mustCall(() => {
  assert.throws(() => et2.dispatchEvent(inner), common.expectsError({ code: 'ERR_EVENT_RECURSION' }));
}));
et2.dispatchEvent(inner);
