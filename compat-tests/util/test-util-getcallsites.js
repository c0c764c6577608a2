// covers: util.getCallSites
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

function inner() { return util.getCallSites(); }
function outer() { return inner(); }
const sites = outer();
assert.ok(Array.isArray(sites));
assert.ok(sites.length >= 2);
const [first, second] = sites;
assert.strictEqual(first.functionName, 'inner');
assert.strictEqual(second.functionName, 'outer');
for (const s of [first, second]) {
  assert.strictEqual(typeof s.scriptName, 'string');
  assert.ok(s.scriptName.endsWith('test-util-getcallsites.js'), s.scriptName);
  assert.ok(Number.isInteger(s.lineNumber) && s.lineNumber > 0);
  assert.ok(Number.isInteger(s.columnNumber) && s.columnNumber > 0);
}
// frameCount limits the result.
assert.strictEqual(util.getCallSites(1).length, 1);
assert.throws(() => util.getCallSites(0), common.expectsError({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }));
assert.throws(() => util.getCallSites('x'), common.expectsError({ code: 'ERR_INVALID_ARG_TYPE' }));
