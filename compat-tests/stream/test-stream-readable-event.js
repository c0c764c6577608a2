// covers: stream.Readable.prototype.read, stream.Readable
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

// 'readable' fires when data is available and again at end.
const r = new Readable({ read() {} });
let readableCount = 0;
const data = [];
r.on('readable', () => {
  readableCount++;
  let chunk;
  while ((chunk = r.read()) !== null) data.push(String(chunk));
});
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(data, ['ab']);
  assert.ok(readableCount >= 2);
}));
r.push('a');
r.push('b');
setImmediate(() => r.push(null));

// A 'readable' listener takes precedence over 'data': the stream is not flowing.
const r2 = new Readable({ read() {} });
r2.on('readable', () => {});
r2.on('data', common.mustNotCall());
assert.strictEqual(r2.readableFlowing, false);
r2.push('x');
setImmediate(common.mustCall(() => r2.destroy()));
