// covers: assert.CallTracker, assert.CallTracker.prototype.calls, assert.CallTracker.prototype.verify, assert.CallTracker.prototype.report
'use strict';
const common = require('../common');
const assert = require('assert');

// CallTracker was deprecated and removed in Node 25.
if (typeof assert.CallTracker !== 'function') common.skip('assert.CallTracker not available');

const tracker = new assert.CallTracker();
const wrapped = tracker.calls((x) => x * 2, 2);
assert.strictEqual(wrapped(3), 6);
assert.throws(() => tracker.verify(), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.match(err.message, /Expected the .* function to be executed 2 time\(s\) but was executed 1 time\(s\)\./);
  return true;
});
const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.strictEqual(report[0].actual, 1);
assert.strictEqual(report[0].expected, 2);
wrapped(1);
tracker.verify();
assert.deepStrictEqual(tracker.report(), []);
