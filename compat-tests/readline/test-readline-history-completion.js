// covers: readline.createInterface, readline.Interface.prototype.write
'use strict';
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function make(options) {
  const input = new PassThrough();
  let data = '';
  const output = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  return { input, rl, output: () => data, reset: () => { data = ''; } };
}

// History: newest first, bounded by historySize, duplicates removed on request, blank
// lines kept out; each accepted line emits 'history' with the array.
{
  const { rl, input } = make({ historySize: 3, removeHistoryDuplicates: true });
  const seen = [];
  rl.on('history', (h) => seen.push(h.slice()));
  input.write('a\rb\ra\r   \rc\rd\r');
  assert.deepStrictEqual(rl.history, ['d', 'c', 'a']);
  assert.deepStrictEqual(seen[0], ['a']);
  assert.deepStrictEqual(seen[2], ['a', 'b']);
  input.write('\x1b[A\x1b[A');
  assert.strictEqual(rl.line, 'c');
  input.write('\x1b[B');
  assert.strictEqual(rl.line, 'd');
  rl.close();
}

// historySize 0 keeps nothing; a given history array is used as is.
{
  const { rl, input } = make({ historySize: 0 });
  input.write('x\r');
  assert.deepStrictEqual(rl.history, []);
  rl.close();
  const history = ['old'];
  const r2 = make({ history }).rl;
  r2.input.write('\x1b[A');
  assert.strictEqual(r2.line, 'old');
  r2.close();
}

// Tab completion: a common prefix is inserted at once; a second tab lists the candidates.
{
  const { rl, input, output, reset } = make({
    prompt: '',
    completer: (line) => [['apple', 'apricot', 'banana'].filter((w) => w.startsWith(line)), line],
  });
  input.write('a');
  input.write('\t');
  assert.strictEqual(rl.line, 'ap');
  reset();
  input.write('\t');
  assert.strictEqual(output(), '\r\napple\r\napricot\r\n\r\n\x1b[1G\x1b[0Jap\x1b[3G');
  rl.close();
}

// A callback completer, and an error it reports.
{
  const { rl, input, output } = make({
    prompt: '',
    completer: common.mustCall((line, cb) => cb(null, [['hello'], line]), 1),
  });
  input.write('he\t');
  input.write('\r');
  assert.deepStrictEqual(rl.history, ['hello']);
  assert.ok(output().includes('llo'));
  rl.close();
}

// Ctrl+C with a SIGINT listener emits it; without one, it closes.
{
  const { rl, input } = make({});
  rl.on('SIGINT', common.mustCall());
  input.write('\x03');
  assert.notStrictEqual(rl.closed, true);
  rl.removeAllListeners('SIGINT');
  rl.on('close', common.mustCall());
  input.write('\x03');
  assert.strictEqual(rl.closed, true);
}

// Ctrl+D on an empty line closes; on text it deletes forward.
{
  const { rl, input } = make({});
  input.write('ab\x01\x04');
  assert.strictEqual(rl.line, 'b');
  input.write('\x0b\x04');
  assert.strictEqual(rl.closed, true);
}
