// covers: readline.clearLine, readline.clearScreenDown, readline.cursorTo, readline.moveCursor
// covers: readline.emitKeypressEvents
'use strict';
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

let data = '';
const out = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });
const take = () => { const d = data; data = ''; return d; };

assert.strictEqual(readline.cursorTo(out, 3), true);
assert.strictEqual(take(), '\x1b[4G');
assert.strictEqual(readline.cursorTo(out, 3, 1, common.mustCall()), true);
assert.strictEqual(take(), '\x1b[2;4H');
assert.strictEqual(readline.cursorTo(out, 'a'), true);
assert.strictEqual(take(), '');
assert.throws(() => readline.cursorTo(out, 'a', 1),
  { code: 'ERR_INVALID_CURSOR_POS', name: 'TypeError' });
assert.throws(() => readline.cursorTo(out, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.cursorTo(out, 1, 1, null), { code: 'ERR_INVALID_ARG_TYPE' });

readline.moveCursor(out, -2, 3);
assert.strictEqual(take(), '\x1b[2D\x1b[3B');
readline.moveCursor(out, 4, -1);
assert.strictEqual(take(), '\x1b[4C\x1b[1A');
readline.moveCursor(out, 0, 0, common.mustCall((err) => assert.strictEqual(err, null)));
assert.strictEqual(take(), '');

readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0);
readline.clearScreenDown(out);
assert.strictEqual(take(), '\x1b[1K\x1b[0K\x1b[2K\x1b[0J');
assert.strictEqual(readline.clearScreenDown(null, common.mustCall()), true);
assert.strictEqual(readline.clearLine(undefined, 0), true);

// Keypress events, decoded from what a terminal sends.
const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);   // a second call adds nothing
const keys = [];
input.on('keypress', (s, key) => keys.push([s, key]));
input.write('aZ\r\t\x7f\x1b[A\x1b[1;5C\x1b[3~\x1bOH\x03\x1bb.');
const k = (sequence, name, extra = {}) => ({ sequence, name, ctrl: false, meta: false, shift: false, ...extra });
assert.deepStrictEqual(keys, [
  ['a', k('a', 'a')],
  ['Z', k('Z', 'z', { shift: true })],
  ['\r', k('\r', 'return')],
  ['\t', k('\t', 'tab')],
  ['\x7f', k('\x7f', 'backspace')],
  [undefined, k('\x1b[A', 'up', { code: '[A' })],
  [undefined, k('\x1b[1;5C', 'right', { code: '[C', ctrl: true })],
  [undefined, k('\x1b[3~', 'delete', { code: '[3~' })],
  [undefined, k('\x1bOH', 'home', { code: 'OH' })],
  ['\x03', k('\x03', 'c', { ctrl: true })],
  [undefined, k('\x1bb', 'b', { meta: true })],
  ['.', k('.', undefined)],
]);

// A lone escape becomes a key after the escape timeout.
input.write('\x1b');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(keys.at(-1), [undefined, k('\x1b', 'escape', { meta: true })]);
}), 600);
