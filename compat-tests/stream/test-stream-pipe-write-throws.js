// covers: stream.Readable.prototype.pipe, stream.Stream
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Stream } = require('stream');

// When dest.write() throws inside pipe(), dest is destroyed with that error.
const src = Readable.from([{ not: 'bytes' }]);
const dest = new Writable({ write: common.mustNotCall() });
dest.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(dest.destroyed, true);
}));
src.pipe(dest);

const src2 = new Readable({ read() { this.push('x'); this.push(null); } });
const dest2 = new Writable({ write() { throw new Error('write failed'); } });
dest2.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'write failed')));
src2.pipe(dest2);

// The legacy Stream pipe() copes with emitters that have no listenerCount method.
const a = new Stream();
a.listenerCount = undefined;
const b = new Stream();
b.listenerCount = undefined;
a.on('error', common.mustCall());
b.on('error', common.mustCall());
b.on('pipe', common.mustCall(() => {
  a.emit('error', new Error('a'));
  b.emit('error', new Error('b'));
}));
a.pipe(b);
