// covers: util.inspect, util.inspect.custom
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
const obj = {
  [util.inspect.custom](depth, options, inspect) {
    assert.strictEqual(typeof depth, 'number');
    assert.strictEqual(typeof options.stylize, 'function');
    assert.strictEqual(inspect, util.inspect);
    return 'CUSTOM';
  },
};
assert.strictEqual(util.inspect(obj), 'CUSTOM');
// A non-string return value is itself inspected.
const obj2 = { [util.inspect.custom]() { return { replaced: true }; } };
assert.strictEqual(util.inspect(obj2), '{ replaced: true }');
assert.strictEqual(util.inspect({ nested: obj }), '{ nested: CUSTOM }');
// customInspect: false disables it.
assert.match(util.inspect(obj, { customInspect: false }), /^\{\s*Symbol\(nodejs\.util\.inspect\.custom\): \[Function/);
// Depth passed to the hook counts down.
const probe = { [util.inspect.custom](depth) { return `d=${depth}`; } };
assert.strictEqual(util.inspect({ a: probe }, { depth: 5 }), '{ a: d=4 }');
assert.ok(common);
