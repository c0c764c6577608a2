// covers: globalThis.setImmediate, process.nextTick
'use strict';
const common = require('../common');
const assert = require('assert');

// An immediate scheduled from inside an immediate runs on the next loop
// iteration, after the immediates already queued.
const order = [];
setImmediate(() => {
  order.push('a');
  setImmediate(() => order.push('nested'));
  process.nextTick(() => order.push('a-tick'));
});
setImmediate(() => order.push('b'));
process.on('exit', () => {
  assert.deepStrictEqual(order, ['a', 'a-tick', 'b', 'nested']);
});
assert.ok(common);
