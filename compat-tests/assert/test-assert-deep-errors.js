// covers: assert.deepStrictEqual, assert.notDeepStrictEqual
'use strict';
require('../common');
const assert = require('assert');

// Error comparison includes name, message, and own enumerable properties.
const a = new Error('m');
const b = new Error('m');
assert.deepStrictEqual(a, b);
b.code = 'X';
assert.notDeepStrictEqual(a, b);
a.code = 'X';
assert.deepStrictEqual(a, b);

// cause is compared.
assert.notDeepStrictEqual(new Error('m', { cause: 1 }), new Error('m', { cause: 2 }));
assert.deepStrictEqual(new Error('m', { cause: 1 }), new Error('m', { cause: 1 }));
assert.notDeepStrictEqual(new Error('m', { cause: 1 }), new Error('m'));

// AggregateError errors are compared.
assert.notDeepStrictEqual(new AggregateError([new Error('a')], 'agg'),
                          new AggregateError([new Error('b')], 'agg'));
assert.deepStrictEqual(new AggregateError([new Error('a')], 'agg'),
                       new AggregateError([new Error('a')], 'agg'));
