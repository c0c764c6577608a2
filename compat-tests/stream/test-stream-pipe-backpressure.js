// covers: stream.Readable.prototype.pipe, stream.Writable.prototype.write
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

// A fast source and a slow sink: pipe() must pause the source.
let produced = 0;
const total = 50;
const src = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    this.push(produced <= total ? Buffer.alloc(4, produced) : null);
  },
});
let maxBuffered = 0;
let consumed = 0;
const sink = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    consumed++;
    maxBuffered = Math.max(maxBuffered, this.writableLength);
    setImmediate(cb);
  },
});
src.pipe(sink);
sink.on('finish', common.mustCall(() => {
  assert.strictEqual(consumed, total);
  // The sink never accumulated everything at once.
  assert.ok(maxBuffered <= 16, `buffered ${maxBuffered}`);
}));
