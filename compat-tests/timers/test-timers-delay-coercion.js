// covers: globalThis.setTimeout, globalThis.setInterval, process.on
'use strict';
const common = require('../common');
const assert = require('assert');

// Delays outside 1..2147483647 (or not numbers) are set to 1 and a
// TimeoutOverflowWarning / TimeoutNegativeWarning / TimeoutNaNWarning may be emitted.
const warnings = [];
process.on('warning', (w) => warnings.push(w.name));
const order = [];
setTimeout(() => order.push('neg'), -10);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('big'), 2 ** 31);
setTimeout(() => order.push('inf'), Infinity);
setTimeout(() => order.push('str'), 'abc');
const iv = setInterval(common.mustCall(() => { order.push('iv'); clearInterval(iv); }), 2 ** 40);
process.on('exit', () => {
  assert.deepStrictEqual(order.sort(), ['big', 'inf', 'iv', 'nan', 'neg', 'str']);
  assert.ok(warnings.includes('TimeoutOverflowWarning'), String(warnings));
});
