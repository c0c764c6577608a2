// covers: timers.setInterval, timers.clearInterval, globalThis.setInterval, globalThis.clearInterval
'use strict';
const common = require('../common');
const assert = require('assert');

let n = 0;
const iv = setInterval(common.mustCall(function(tag) {
  assert.strictEqual(tag, 'arg');
  assert.strictEqual(this, iv);
  n++;
  if (n === 3) clearInterval(iv);
}, 3), 1, 'arg');
// An interval cleared before it fires never runs.
clearInterval(setInterval(common.mustNotCall(), 1));
// An interval can be cleared via `this`.
setInterval(common.mustCall(function() { clearInterval(this); }), 1);
process.on('exit', () => assert.strictEqual(n, 3));
