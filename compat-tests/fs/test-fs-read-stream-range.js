// covers: fs.createReadStream
'use strict';
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir.refresh();
const f = path.join(dir, 'range.txt');
fs.writeFileSync(f, '0123456789');

function collect(opts) {
  return new Promise((resolve, reject) => {
    const parts = [];
    fs.createReadStream(f, opts)
      .on('data', (c) => parts.push(c))
      .on('error', reject)
      .on('end', () => resolve(parts));
  });
}

(async () => {
  // end is inclusive.
  assert.strictEqual(Buffer.concat(await collect({ start: 2, end: 5 })).toString(), '2345');
  assert.strictEqual(Buffer.concat(await collect({ start: 8 })).toString(), '89');
  assert.strictEqual(Buffer.concat(await collect({ end: 0 })).toString(), '0');
  // highWaterMark controls chunk size.
  const chunks = await collect({ highWaterMark: 3 });
  assert.deepStrictEqual(chunks.map(String), ['012', '345', '678', '9']);
  // start past EOF gives nothing.
  assert.strictEqual((await collect({ start: 50 })).length, 0);
  // fd option reads from the given descriptor.
  const fd = fs.openSync(f, 'r');
  assert.strictEqual(Buffer.concat(await collect({ fd, start: 7 })).toString(), '789');
})().then(common.mustCall());

assert.throws(() => fs.createReadStream(f, { start: 5, end: 2 }), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
}));
assert.throws(() => fs.createReadStream(f, { start: -1 }), common.expectsError({
  code: 'ERR_OUT_OF_RANGE',
}));
assert.throws(() => fs.createReadStream(f, { start: 'a' }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "start" argument must be of type number. Received type string (\'a\')',
}));
