// covers: stream.Readable.prototype[Symbol.asyncIterator], stream.Readable.prototype.iterator
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push('a');
  r.push('b');
  r.push(null);
  const out = [];
  for await (const x of r) out.push(x);
  assert.deepStrictEqual(out, ['a', 'b']);
  assert.strictEqual(r.destroyed, true);

  // Breaking out early destroys the stream.
  const r2 = Readable.from([1, 2, 3, 4]);
  for await (const x of r2) {
    if (x === 2) break;
  }
  assert.strictEqual(r2.destroyed, true);

  // iterator({ destroyOnReturn: false }) keeps it alive.
  const r3 = Readable.from([1, 2, 3]);
  for await (const x of r3.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(x, 1);
    break;
  }
  assert.strictEqual(r3.destroyed, false);
  const rest = [];
  for await (const x of r3) rest.push(x);
  assert.deepStrictEqual(rest, [2, 3]);

  // Errors are thrown from the loop.
  const r4 = new Readable({ read() { this.destroy(new Error('kaput')); } });
  await assert.rejects(async () => {
    for await (const x of r4) assert.fail(String(x));
  }, { message: 'kaput' });
})().then(common.mustCall());
