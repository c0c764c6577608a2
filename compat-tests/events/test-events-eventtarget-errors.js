// covers: globalThis.EventTarget.prototype.addEventListener, globalThis.EventTarget.prototype.dispatchEvent, globalThis.Event, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

const et = new EventTarget();
assert.throws(() => et.dispatchEvent('not-an-event'), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "event" argument must be an instance of Event. Received type string (\'not-an-event\')',
}));
assert.throws(() => et.dispatchEvent(), common.expectsError({
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "event" argument must be specified',
}));
assert.throws(() => new Event(), common.expectsError({ code: 'ERR_MISSING_ARGS', name: 'TypeError' }));
assert.throws(() => et.addEventListener(), common.expectsError({ code: 'ERR_MISSING_ARGS', name: 'TypeError' }));

// An exception thrown by a listener does not stop other listeners or the
// dispatch; it is reported as an uncaught exception later.
const boom = new Error('listener boom');
process.on('uncaughtException', common.mustCall((err) => assert.strictEqual(err, boom)));
const after = common.mustCall();
et.addEventListener('e', () => { throw boom; });
et.addEventListener('e', after);
assert.strictEqual(et.dispatchEvent(new Event('e')), true);
