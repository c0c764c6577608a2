// covers: util.MIMEType, util.MIMEType.prototype.type, util.MIMEType.prototype.subtype, util.MIMEType.prototype.essence, util.MIMEType.prototype.params, util.MIMEType.prototype.toString, util.MIMEType.prototype.toJSON
'use strict';
const common = require('../common');
const assert = require('assert');
const { MIMEType } = require('util');

const m = new MIMEType('Text/HTML; Charset="utf-8"; q=1');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.strictEqual(m.essence, 'text/html');
assert.strictEqual(m.params.get('charset'), 'utf-8');
assert.strictEqual(String(m), 'text/html;charset=utf-8;q=1');
assert.strictEqual(JSON.stringify({ m }), '{"m":"text/html;charset=utf-8;q=1"}');
// Setters validate.
m.type = 'application';
m.subtype = 'json';
assert.strictEqual(m.essence, 'application/json');
assert.throws(() => { m.type = ''; }, common.expectsError({ code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError' }));
assert.throws(() => new MIMEType('not a mime'), common.expectsError({ code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError' }));
assert.throws(() => new MIMEType('text/'), common.expectsError({ code: 'ERR_INVALID_MIME_SYNTAX' }));
// Values needing quotes are quoted on output.
const q = new MIMEType('text/plain');
q.params.set('name', 'a b');
assert.strictEqual(q.toString(), 'text/plain;name="a b"');
