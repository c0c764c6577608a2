// covers: readline.createInterface, readline.Interface.prototype[Symbol.dispose]
'use strict';
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
assert.throws(() => readline.createInterface({ input, completer: 'x' }),
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => readline.createInterface({ input, history: 'x' }),
  { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => readline.createInterface({ input, historySize: -1 }),
  { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => readline.createInterface({ input, historySize: 'x' }),
  { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.createInterface({ input, tabSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => readline.createInterface({ input, escapeCodeTimeout: NaN }),
  { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.createInterface({ input, signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });

const rl = readline.createInterface({
  input, output: new PassThrough(), terminal: true, crlfDelay: 50, historySize: 5, tabSize: 4,
  prompt: '$ ', escapeCodeTimeout: 50, removeHistoryDuplicates: true,
});
assert.strictEqual(rl.crlfDelay, 100);   // raised to the minimum
assert.strictEqual(rl.historySize, 5);
assert.strictEqual(rl.tabSize, 4);
assert.strictEqual(rl.escapeCodeTimeout, 50);
assert.strictEqual(rl.terminal, true);
assert.strictEqual(rl.line, '');
assert.strictEqual(rl.cursor, 0);
assert.strictEqual(rl.getPrompt(), '$ ');
assert.strictEqual(rl.columns, Infinity);
rl[Symbol.dispose]();
assert.strictEqual(rl.closed, true);

// An aborted signal closes the interface on the next tick.
const ac = new AbortController();
const rl2 = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
let closed = false;
rl2.on('close', () => { closed = true; });
ac.abort();
assert.strictEqual(closed, true);
