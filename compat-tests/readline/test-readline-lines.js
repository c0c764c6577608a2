// covers: readline.createInterface, readline.Interface, readline.Interface.prototype.close
// covers: readline.Interface.prototype.pause, readline.Interface.prototype.resume
'use strict';
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

// Lines end at \n, \r\n and a lone \r; a \r\n split across chunks is one ending; Buffer
// input is decoded as UTF-8 across chunk boundaries; the unterminated rest comes at end.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.on('close', common.mustCall(() => {
    assert.deepStrictEqual(lines, ['one', 'two', 'three', '', 'four', '\u00e9t\u00e9', 'last']);
    assert.strictEqual(rl.closed, true);
  }));
  input.write('one\ntwo\r\nthree\r');
  input.write('\n\nfour\r');
  input.write(Buffer.from([0xc3]));
  input.write(Buffer.from([0xa9, 0x74, 0xc3]));
  input.write(Buffer.from([0xa9, 0x0a]));
  input.end('last');
}

// The callable form without new, positional arguments, terminal off for a plain output.
{
  const input = new PassThrough();
  const rl = readline.Interface(input, new PassThrough());
  assert.ok(rl instanceof readline.Interface);
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.getPrompt(), '> ');
  const events = [];
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.on('close', () => events.push('close'));
  rl.pause();
  rl.pause();
  rl.resume();
  rl.close();
  rl.close();   // idempotent
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
  assert.throws(() => rl.write('x'), { code: 'ERR_USE_AFTER_CLOSE', name: 'Error' });
}

// Async iteration gives every line in order and ends when the input ends.
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  setImmediate(() => input.end('a\nb\r\nc'));   // lines emitted before iteration starts are lost
  const seen = [];
  for await (const line of rl) seen.push(line);
  assert.deepStrictEqual(seen, ['a', 'b', 'c']);
  assert.strictEqual(rl.crlfDelay, Infinity);
})().then(common.mustCall());

// Leaving the loop early stops the iteration; lines already buffered stay readable and
// the interface stays open.
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('close', common.mustNotCall());
  setImmediate(() => input.write('x\ny\nz\n'));
  for await (const line of rl) {
    assert.strictEqual(line, 'x');
    break;
  }
  assert.notStrictEqual(rl.closed, true);
  const it = rl[Symbol.asyncIterator]();
  assert.deepStrictEqual(await it.next(), { value: 'y', done: false });
  rl.removeAllListeners('close');
  rl.close();
})().then(common.mustCall());
