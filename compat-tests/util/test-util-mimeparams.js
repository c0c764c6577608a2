// covers: util.MIMEParams, util.MIMEParams.prototype.get, util.MIMEParams.prototype.set, util.MIMEParams.prototype.has, util.MIMEParams.prototype.delete, util.MIMEParams.prototype.keys, util.MIMEParams.prototype.values, util.MIMEParams.prototype.entries, util.MIMEParams.prototype.toString
'use strict';
const common = require('../common');
const assert = require('assert');
const { MIMEParams, MIMEType } = require('util');

const p = new MIMEParams();
assert.strictEqual(p.toString(), '');
p.set('a', '1');
p.set('b', '2');
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('missing'), null);
assert.strictEqual(p.has('b'), true);
assert.deepStrictEqual([...p.keys()], ['a', 'b']);
assert.deepStrictEqual([...p.values()], ['1', '2']);
assert.deepStrictEqual([...p.entries()], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2']]);
p.delete('a');
assert.strictEqual(p.has('a'), false);
assert.strictEqual(p.toString(), 'b=2');
// Invalid names/values.
assert.throws(() => p.set('bad name', 'x'), common.expectsError({ code: 'ERR_INVALID_MIME_SYNTAX' }));
// The first occurrence of a duplicated parameter wins on parse.
const m = new MIMEType('text/plain;x=1;x=2');
assert.strictEqual(m.params.get('x'), '1');
assert.ok(m.params instanceof MIMEParams);
