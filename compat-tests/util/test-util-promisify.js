// covers: util.promisify
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

function cbStyle(a, b, cb) {
  setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)));
}
const p = util.promisify(cbStyle);
(async () => {
  assert.strictEqual(await p(1, 2), 3);
  await assert.rejects(p(-1, 2), { message: 'negative' });
  // `this` is forwarded.
  const obj = { v: 5, get(cb) { cb(null, this.v); } };
  obj.getAsync = util.promisify(obj.get);
  assert.strictEqual(await obj.getAsync(), 5);
  // Only the first success value is kept.
  const multi = util.promisify((cb) => cb(null, 'a', 'b'));
  assert.strictEqual(await multi(), 'a');
  // Synchronous throw becomes a rejection.
  const thrower = util.promisify(() => { throw new Error('sync'); });
  await assert.rejects(thrower(), { message: 'sync' });
  // Promisifying twice returns the same function.
  assert.strictEqual(util.promisify(p), p);
})().then(common.mustCall());
assert.throws(() => util.promisify(5), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "original" argument must be of type function. Received type number (5)',
}));
