// covers: util.MIMEParams.prototype[Symbol.iterator], util.MIMEParams.prototype.toJSON
'use strict';
const common = require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const mime = new MIMEType('text/plain;charset=UTF-8;format=flowed;Delsp="a b"');
const params = mime.params;
assert.ok(params instanceof MIMEParams);

// Iteration yields [name, value] pairs in source order; names are lower-cased.
assert.strictEqual(params[Symbol.iterator], params.entries);
const pairs = [...params];
assert.deepStrictEqual(pairs, [['charset', 'UTF-8'], ['format', 'flowed'], ['delsp', 'a b']]);
const it = params[Symbol.iterator]();
assert.strictEqual(typeof it.next, 'function');
assert.deepStrictEqual(it.next(), { value: ['charset', 'UTF-8'], done: false });

// Changes are reflected in later iterations.
params.set('level', '1');
params.delete('format');
assert.deepStrictEqual([...params].map(([k]) => k), ['charset', 'delsp', 'level']);

// toJSON serialises like toString: name=value pairs, quoting values that need it.
assert.strictEqual(params.toJSON(), 'charset=UTF-8;delsp="a b";level=1');
assert.strictEqual(params.toJSON(), params.toString());
assert.strictEqual(JSON.stringify({ p: params }), '{"p":"charset=UTF-8;delsp=\\"a b\\";level=1"}');

// An empty parameter list.
const empty = new MIMEParams();
assert.deepStrictEqual([...empty], []);
assert.strictEqual(empty.toJSON(), '');
empty.set('a', 'b');
assert.deepStrictEqual(Array.from(empty), [['a', 'b']]);
assert.strictEqual(empty.toJSON(), 'a=b');

// The MIMEType as a whole serialises through toJSON too.
assert.strictEqual(JSON.stringify(new MIMEType('Image/PNG')), '"image/png"');
assert.ok(common);
