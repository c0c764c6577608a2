// covers: stream.Transform, stream.Transform.prototype._transform
'use strict';
const common = require('../common');
const assert = require('assert');
const { Transform, Duplex } = require('stream');

const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
  flush: common.mustCall(function(cb) {
    this.push('!');
    cb();
  }),
});
assert.ok(upper instanceof Duplex);
let out = '';
upper.on('data', (c) => { out += c; });
upper.on('end', common.mustCall(() => assert.strictEqual(out, 'HELLO WORLD!')));
upper.write('hello ');
upper.end('world');

// A transform may push zero or many chunks per input.
const splitter = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const ch of chunk.toString()) if (ch !== ',') this.push(ch);
    cb();
  },
});
const items = [];
splitter.on('data', (x) => items.push(x));
splitter.on('end', common.mustCall(() => assert.deepStrictEqual(items, ['a', 'b', 'c'])));
splitter.end('a,b,c');

// Errors from transform propagate.
const failing = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
failing.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'bad chunk')));
failing.write('x');

// Missing _transform.
const noImpl = new Transform();
assert.throws(() => noImpl.write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The _transform() method is not implemented',
});
