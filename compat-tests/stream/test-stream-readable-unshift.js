// covers: stream.Readable.prototype.unshift
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('world');
r.push(null);
r.once('readable', common.mustCall(() => {
  const chunk = r.read();
  assert.strictEqual(chunk.toString(), 'world');
  r.unshift(Buffer.from('hello '));
  r.unshift('>> ');
  assert.strictEqual(r.read().toString(), '>> hello ');
}));

// unshift after end emits an error.
const ended = new Readable({ read() {} });
ended.push(null);
ended.resume();
ended.on('end', common.mustCall(() => {
  ended.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
    assert.strictEqual(err.message, 'stream.unshift() after end event');
  }));
  ended.unshift('x');
}));
