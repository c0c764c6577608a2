// covers: util.inspect, util.getCallSites, util.isDeepStrictEqual, util.format
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

// showHidden lists the accessors of user-defined prototypes, evaluated on the instance.
class Point {
  constructor() { this.x = 3; }
  get double() { return this.x * 2; }
  method() {}
}
assert.strictEqual(util.inspect(new Point(), { showHidden: true, getters: true }),
                   'Point { x: 3, [double]: [Getter: 6] }');
assert.strictEqual(util.inspect(new Point(), { showHidden: true }), 'Point { x: 3, [double]: [Getter] }');
assert.strictEqual(util.inspect(new Point()), 'Point { x: 3 }');

// getCallSites does not go through a user's Error.prepareStackTrace.
const saved = Error.prepareStackTrace;
Error.prepareStackTrace = () => { throw new Error('must not be called'); };
const sites = util.getCallSites(1);
Error.prepareStackTrace = saved;
assert.strictEqual(sites.length, 1);
assert.strictEqual(sites[0].scriptName, __filename);

// isDeepStrictEqual(a, b, skipPrototype)
function A(v) { this.v = v; }
function B(v) { this.v = v; }
assert.strictEqual(util.isDeepStrictEqual(new A(1), new B(1)), false);
assert.strictEqual(util.isDeepStrictEqual(new A(1), new B(1), true), true);
assert.strictEqual(util.isDeepStrictEqual(new A(1), new B(2), true), false);

// %d, %i and %s follow util.inspect.defaultOptions.numericSeparator.
const before = util.inspect.defaultOptions.numericSeparator;
util.inspect.defaultOptions.numericSeparator = true;
try {
  assert.strictEqual(util.format('%d %i %s', 1234567, 7654321, 1000n), '1_234_567 7_654_321 1_000n');
} finally {
  util.inspect.defaultOptions.numericSeparator = before;
}
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d', 12345), '12_345');
