// covers: timers.setTimeout, timers.setInterval, timers.setImmediate, globalThis.setTimeout, globalThis.setInterval, globalThis.setImmediate
'use strict';
const common = require('../common');
const assert = require('assert');

const cases = [[undefined, 'Received undefined'], [null, 'Received null'],
               ['code', "Received type string ('code')"], [1, 'Received type number (1)'],
               [{}, 'Received an instance of Object']];
for (const fn of [setTimeout, setInterval, setImmediate]) {
  for (const [v, tail] of cases) {
    assert.throws(() => fn(v), common.expectsError({
      code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
      message: `The "callback" argument must be of type function. ${tail}`,
    }), `${fn.name}(${String(v)})`);
  }
}
