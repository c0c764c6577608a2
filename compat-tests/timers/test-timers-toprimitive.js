// covers: timers.Timeout.prototype[Symbol.toPrimitive], globalThis.setTimeout, globalThis.clearTimeout, globalThis.setInterval, globalThis.clearInterval
'use strict';
const common = require('../common');
const assert = require('assert');

// A Timeout converts to a numeric id that clearTimeout accepts.
const t = setTimeout(common.mustNotCall(), 50);
const id = +t;
assert.strictEqual(typeof id, 'number');
assert.ok(Number.isInteger(id) && id > 0);
assert.strictEqual(`${t}`, String(id));
clearTimeout(id);
// Distinct timers have distinct ids.
const t2 = setInterval(common.mustNotCall(), 50);
assert.notStrictEqual(+t2, id);
clearInterval(String(+t2));
// Using the id as an object key.
const t3 = setTimeout(common.mustCall(), 1);
const map = { [t3]: 'x' };
assert.strictEqual(map[+t3], 'x');
