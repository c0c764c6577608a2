// covers: globalThis.CustomEvent, globalThis.EventTarget.prototype.dispatchEvent
'use strict';
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
const payload = { id: 3 };
et.addEventListener('custom', common.mustCall((e) => {
  assert.ok(e instanceof CustomEvent);
  assert.ok(e instanceof Event);
  assert.strictEqual(e.detail, payload);
}));
et.dispatchEvent(new CustomEvent('custom', { detail: payload }));
assert.strictEqual(new CustomEvent('x').detail, null);
assert.strictEqual(new CustomEvent('x', { detail: 0 }).detail, 0);
assert.strictEqual(new CustomEvent('x', { cancelable: true }).cancelable, true);
assert.throws(() => new CustomEvent(), TypeError);
