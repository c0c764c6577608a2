// covers: process.ref, process.unref, globalThis.setTimeout
'use strict';
const common = require('../common');
const assert = require('assert');

// process.unref(timer) behaves like timer.unref(): the hour-long timer does
// not keep the process alive.
const t = setTimeout(common.mustNotCall(), 60 * 60 * 1000);
process.unref(t);
assert.strictEqual(t.hasRef(), false);
process.ref(t);
assert.strictEqual(t.hasRef(), true);
process.unref(t);
// Objects without ref/unref are ignored.
process.ref({});
process.unref({});
process.on('exit', (code) => assert.strictEqual(code, 0));
