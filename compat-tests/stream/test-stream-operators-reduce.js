// covers: stream.Readable.prototype.reduce, stream.Readable.prototype.some, stream.Readable.prototype.every, stream.Readable.prototype.find, stream.Readable.prototype.forEach
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0), 6);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), 6);
  // Empty stream without initial value rejects.
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
  assert.strictEqual(await Readable.from([]).reduce((a, b) => a + b, 7), 7);

  assert.strictEqual(await Readable.from([1, 5, 2]).some((x) => x > 4), true);
  assert.strictEqual(await Readable.from([1, 2]).some((x) => x > 4), false);
  assert.strictEqual(await Readable.from([2, 4]).every((x) => x % 2 === 0), true);
  assert.strictEqual(await Readable.from([2, 3]).every((x) => x % 2 === 0), false);
  assert.strictEqual(await Readable.from([1, 7, 9]).find((x) => x > 5), 7);
  assert.strictEqual(await Readable.from([1]).find((x) => x > 5), undefined);

  const seen = [];
  const res = await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); });
  assert.strictEqual(res, undefined);
  assert.deepStrictEqual(seen, ['a', 'b']);

  // some() stops calling the predicate once satisfied.
  let calls = 0;
  const src = Readable.from([1, 2, 3, 4, 5]);
  assert.strictEqual(await src.some((x) => { calls++; return x === 2; }), true);
  assert.strictEqual(calls, 2);
})().then(common.mustCall());
