// covers: timers/promises.setTimeout, timers/promises.setImmediate, process.on
'use strict';
const common = require('../common');
const assert = require('assert');
const tp = require('timers/promises');

// With ref: false a pending promise timer does not keep the process alive:
// the process exits normally without the promise ever settling.
tp.setTimeout(60 * 60 * 1000, 'x', { ref: false }).then(common.mustNotCall());
let exited = false;
process.on('exit', (code) => {
  exited = true;
  assert.strictEqual(code, 0);
});
// Sanity: a ref'd short one still resolves first.
tp.setTimeout(1, 'ok').then(common.mustCall((v) => {
  assert.strictEqual(v, 'ok');
  assert.strictEqual(exited, false);
}));
