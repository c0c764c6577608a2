// covers: stream.PassThrough
'use strict';
const common = require('../common');
const assert = require('assert');
const { PassThrough, Transform } = require('stream');

const p = new PassThrough();
assert.ok(p instanceof Transform);
const chunks = [];
p.on('data', (c) => chunks.push(c));
p.on('end', common.mustCall(() => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abc');
}));
p.write('a');
p.write(Buffer.from('b'));
p.end('c');

// Object mode passes values through untouched.
const o = new PassThrough({ objectMode: true });
const obj = { k: 1 };
o.end(obj);
o.on('data', common.mustCall((v) => assert.strictEqual(v, obj)));

// Can be read with read() after writes.
const r = new PassThrough();
r.write('xyz');
r.once('readable', common.mustCall(() => {
  assert.strictEqual(r.read().toString(), 'xyz');
}));
