// covers: events.EventEmitter.prototype.on, events.EventEmitter.prototype.addListener, events.EventEmitter.prototype.once, events.EventEmitter.prototype.prependListener, events.EventEmitter.prototype.removeListener
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const cases = [
  [null, 'Received null'], [undefined, 'Received undefined'], [1, 'Received type number (1)'],
  [{}, 'Received an instance of Object'], ['f', "Received type string ('f')"],
];
for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'removeListener', 'off']) {
  for (const [value, tail] of cases) {
    assert.throws(() => ee[method]('evt', value), common.expectsError({
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "listener" argument must be of type function. ${tail}`,
    }), `${method}(${String(value)})`);
  }
}
assert.deepStrictEqual(ee.eventNames(), []);
