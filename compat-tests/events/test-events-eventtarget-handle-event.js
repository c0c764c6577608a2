// covers: globalThis.EventTarget.prototype.addEventListener, globalThis.EventTarget.prototype.removeEventListener, globalThis.EventTarget.prototype.dispatchEvent
'use strict';
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
// Objects with a handleEvent method are valid listeners; `this` is the object.
const listener = {
  count: 0,
  handleEvent: common.mustCall(function(e) {
    assert.strictEqual(this, listener);
    assert.strictEqual(e.type, 'h');
    this.count++;
  }),
};
et.addEventListener('h', listener);
et.dispatchEvent(new Event('h'));
assert.strictEqual(listener.count, 1);
et.removeEventListener('h', listener);
et.dispatchEvent(new Event('h'));

// handleEvent is looked up at dispatch time.
const late = {};
et.addEventListener('late', late);
late.handleEvent = common.mustCall();
et.dispatchEvent(new Event('late'));

// null listener is silently ignored.
et.addEventListener('n', null);
assert.strictEqual(et.dispatchEvent(new Event('n')), true);
