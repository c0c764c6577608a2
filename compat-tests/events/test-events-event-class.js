// covers: globalThis.Event, globalThis.Event.prototype.preventDefault, globalThis.Event.prototype.stopImmediatePropagation, globalThis.Event.prototype.stopPropagation, globalThis.Event.prototype.composedPath
'use strict';
const common = require('../common');
const assert = require('assert');

const e = new Event('thing');
assert.strictEqual(e.type, 'thing');
assert.strictEqual(e.bubbles, false);
assert.strictEqual(e.cancelable, false);
assert.strictEqual(e.composed, false);
assert.strictEqual(e.defaultPrevented, false);
assert.strictEqual(e.isTrusted, false);
assert.strictEqual(e.target, null);
assert.strictEqual(typeof e.timeStamp, 'number');
assert.deepStrictEqual(e.composedPath(), []);
// preventDefault only has an effect on cancelable events.
e.preventDefault();
assert.strictEqual(e.defaultPrevented, false);
const c = new Event('c', { cancelable: true, bubbles: true });
assert.strictEqual(c.bubbles, true);
c.preventDefault();
assert.strictEqual(c.defaultPrevented, true);
assert.strictEqual(c.returnValue, false);
// dispatchEvent returns false for a cancelled event.
const et = new EventTarget();
et.addEventListener('k', (ev) => ev.preventDefault());
assert.strictEqual(et.dispatchEvent(new Event('k', { cancelable: true })), false);
// stopImmediatePropagation prevents later listeners on the same target.
et.addEventListener('s', (ev) => ev.stopImmediatePropagation());
et.addEventListener('s', common.mustNotCall());
et.dispatchEvent(new Event('s'));
// The type is coerced to string.
assert.strictEqual(new Event(42).type, '42');
assert.strictEqual(Object.prototype.toString.call(e), '[object Event]');
