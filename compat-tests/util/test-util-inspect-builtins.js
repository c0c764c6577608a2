// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const i = util.inspect;
assert.strictEqual(i(new Date('2020-01-02T03:04:05.000Z')), '2020-01-02T03:04:05.000Z');
assert.strictEqual(i(new Date(NaN)), 'Invalid Date');
assert.strictEqual(i(/ab+c/gi), '/ab+c/gi');
assert.strictEqual(i(new Number(3)), '[Number: 3]');
assert.strictEqual(i(new String('ab')), "[String: 'ab']");
assert.strictEqual(i(new Boolean(false)), '[Boolean: false]');
assert.strictEqual(i(Object(Symbol('q'))), '[Symbol: Symbol(q)]');
assert.strictEqual(i(Object(5n)), '[BigInt: 5n]');
assert.strictEqual(i(Promise.resolve(4)), 'Promise { 4 }');
assert.strictEqual(i(new Promise(() => {})), 'Promise { <pending> }');
const rej = Promise.reject(1);
rej.catch(() => {});
assert.strictEqual(i(rej), 'Promise { <rejected> 1 }');
assert.strictEqual(i(new Uint8Array([1, 2])), 'Uint8Array(2) [ 1, 2 ]');
assert.strictEqual(i(Buffer.from('ab')), '<Buffer 61 62>');
assert.strictEqual(i(new ArrayBuffer(2)), 'ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }');
assert.strictEqual(i(globalThis).length > 0, true);
assert.strictEqual(i(Math), 'Object [Math] {' + i(Math).slice('Object [Math] {'.length));
assert.strictEqual(i(JSON).startsWith('Object [JSON]'), true);
assert.ok(common);
