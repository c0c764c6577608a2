// covers: assert.Assert
'use strict';
const common = require('../common');
const assert = require('assert');

if (typeof assert.Assert !== 'function') common.skip('assert.Assert not available');

const a = new assert.Assert();
a.strictEqual(1, 1);
a.deepStrictEqual({ x: [1] }, { x: [1] });
assert.throws(() => a.strictEqual(1, 2), (err) => {
  assert.ok(err instanceof assert.AssertionError);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  return true;
});
// Non-strict instance keeps loose semantics for equal().
const loose = new assert.Assert({ strict: false });
loose.equal(1, '1');
const strictInst = new assert.Assert({ strict: true });
assert.throws(() => strictInst.equal(1, '1'), { code: 'ERR_ASSERTION' });
