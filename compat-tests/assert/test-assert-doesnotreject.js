// covers: assert.doesNotReject
'use strict';
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => 2);

  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('bad'))), (err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'doesNotReject');
    assert.strictEqual(err.message, 'Got unwanted rejection.\nActual message: "bad"');
    return true;
  });
  // Non-matching class: original rejection passes through.
  const orig = new RangeError('r');
  await assert.rejects(assert.doesNotReject(Promise.reject(orig), TypeError), (e) => e === orig);
  await assert.rejects(assert.doesNotReject(() => 1), common.expectsError({
    code: 'ERR_INVALID_RETURN_VALUE',
  }));
})().then(common.mustCall());
