// covers: readline.createInterface, readline.Interface.prototype[Symbol.asyncIterator]
'use strict';
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Readable } = require('stream');

async function lines(chunks, options = {}) {
  const events = [];
  const iterated = [];
  const rl = readline.createInterface({ input: Readable.from(chunks), ...options });
  rl.on('line', (l) => events.push(l));
  for await (const l of rl) iterated.push(l);
  assert.deepStrictEqual(iterated, events);
  return events;
}

(async () => {
  // \u2028 and \u2029 end lines too; chunks with only \n and chunks with other endings mix.
  assert.deepStrictEqual(await lines(['x\u2028y\u2029z\n']), ['x', 'y', 'z']);
  assert.deepStrictEqual(await lines(['a\nb', '\nc\r\n\r\n', 'd\re\n']), ['a', 'b', 'c', '', 'd', 'e']);
  assert.deepStrictEqual(await lines(['', 'a', '', '\n', '\n\n']), ['a', '', '']);
  assert.deepStrictEqual(await lines(['a\r', '\nb'], { crlfDelay: Infinity }), ['a', 'b']);
  assert.deepStrictEqual(await lines(['a\n\r']), ['a', '']);

  // Many lines per chunk, read slowly: buffered (the interface pauses above the high-water
  // mark) and all delivered in order.
  const block = Array.from({ length: 3000 }, (_, i) => `l${i}`).join('\n') + '\n';
  const rl = readline.createInterface({ input: Readable.from([block, block]) });
  const seen = [];
  for await (const l of rl) {
    seen.push(l);
    if (seen.length % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.strictEqual(seen.length, 6000);
  assert.strictEqual(seen[2999], 'l2999');
  assert.strictEqual(seen[3000], 'l0');
  assert.strictEqual(seen[5999], 'l2999');
})().then(common.mustCall());
