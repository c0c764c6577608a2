// covers: process.memoryUsage, process.memoryUsage.rss
'use strict';
const common = require('../common');
const assert = require('assert');

const m = process.memoryUsage();
for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  assert.strictEqual(typeof m[key], 'number', key);
  assert.ok(Number.isFinite(m[key]) && m[key] >= 0, key);
}
assert.ok(m.rss > 0);
assert.ok(m.heapTotal > 0);
// rss() alone is a cheaper number.
const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert.ok(rss > 0);
// Allocating ArrayBuffers is visible in arrayBuffers (with plenty of slack).
const before = process.memoryUsage().arrayBuffers;
const big = new ArrayBuffer(8 * 1024 * 1024);
assert.ok(process.memoryUsage().arrayBuffers >= before + 4 * 1024 * 1024);
assert.strictEqual(big.byteLength, 8 * 1024 * 1024);
assert.ok(common);
