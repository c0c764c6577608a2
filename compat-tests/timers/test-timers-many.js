// covers: globalThis.setTimeout, globalThis.clearTimeout, globalThis.setImmediate
'use strict';
const common = require('../common');
const assert = require('assert');

// Many timers with varied delays all fire exactly once, in delay order per
// delay bucket; cleared ones never fire.
const N = 500;
let fired = 0;
const cleared = [];
const byDelay = new Map();
for (let i = 0; i < N; i++) {
  const delay = i % 5;
  const t = setTimeout(() => {
    fired++;
    const list = byDelay.get(delay) || [];
    list.push(i);
    byDelay.set(delay, list);
  }, delay);
  if (i % 10 === 0) { clearTimeout(t); cleared.push(i); }
}
process.on('exit', () => {
  assert.strictEqual(fired, N - cleared.length);
  for (const list of byDelay.values()) {
    assert.deepStrictEqual(list, [...list].sort((a, b) => a - b));
  }
});
setImmediate(common.mustCall());
