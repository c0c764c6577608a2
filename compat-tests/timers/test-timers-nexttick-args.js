// covers: process.nextTick
'use strict';
const common = require('../common');
const assert = require('assert');

process.nextTick(common.mustCall((a, b, c, d, e) => {
  assert.deepStrictEqual([a, b, c, d, e], [1, 2, 3, 4, 5]);
}), 1, 2, 3, 4, 5);
process.nextTick(common.mustCall(function() {
  assert.strictEqual(arguments.length, 0);
}));
for (const [bad, tail] of [[undefined, 'Received undefined'], [null, 'Received null'],
                           ['x', "Received type string ('x')"]]) {
  assert.throws(() => process.nextTick(bad), common.expectsError({
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: `The "callback" argument must be of type function. ${tail}`,
  }));
}
// Recursive nextTick runs before any timer or immediate.
let depth = 0;
let timerRan = false;
setTimeout(() => { timerRan = true; }, 0);
function again() {
  assert.strictEqual(timerRan, false);
  if (++depth < 100) process.nextTick(again);
}
process.nextTick(again);
process.on('exit', () => assert.strictEqual(depth, 100));
