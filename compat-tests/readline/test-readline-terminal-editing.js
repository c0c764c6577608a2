// covers: readline.createInterface, readline.Interface.prototype.prompt, readline.Interface.prototype.getCursorPos
// covers: readline.Interface.prototype.close
'use strict';
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

// The terminal line editor: for each key sequence, the exact bytes written to the output
// (recorded from Node 24 and 25), the submitted lines, and the final line and cursor.
const cases = {
  typing: ['abc'],
  insertMiddle: ['abc', '\x1b[D', 'X'],
  backspaceDelete: ['abcd', '\x7f', '\x1b[D\x1b[D', '\x1b[3~'],
  homeEnd: ['hello', '\x1b[H', '\x1b[F', '\x01', '\x05'],
  ctrlBF: ['ab', '\x02', '\x02', '\x06'],
  ctrlH: ['ab', '\x08'],
  ctrlUK: ['hello world', '\x1b[D\x1b[D', '\x15', '\x0b'],
  ctrlW: ['foo bar', '\x17'],
  ctrlL: ['ab', '\x0c'],
  wordMoves: ['one two', '\x1bb', '\x1bf', '\x1b[1;5D'],
  enter: ['first\r', 'second\n'],
  wide: ['\u65e5\u672c', '\x1b[D'],
  history: ['aa\r', 'bb\r', '\x1b[A', '\x1b[A', '\x1b[B'],
};

const expected = {
  typing: ["\u001b[1G\u001b[0J> \u001b[3Gabc", [], "abc", 3],
  insertMiddle: ["\u001b[1G\u001b[0J> \u001b[3Gabc\u001b[1D\u001b[1G\u001b[0J> abXc\u001b[6G", [], "abXc", 3],
  backspaceDelete: ["\u001b[1G\u001b[0J> \u001b[3Gabcd\u001b[1G\u001b[0J> abc\u001b[6G\u001b[1D\u001b[1D\u001b[1G\u001b[0J> ac\u001b[4G", [], "ac", 1],
  homeEnd: ["\u001b[1G\u001b[0J> \u001b[3Ghello\u001b[5D\u001b[5C\u001b[5D\u001b[5C", [], "hello", 5],
  ctrlBF: ["\u001b[1G\u001b[0J> \u001b[3Gab\u001b[1D\u001b[1D\u001b[1C", [], "ab", 1],
  ctrlH: ["\u001b[1G\u001b[0J> \u001b[3Gab\u001b[1G\u001b[0J> a\u001b[4G", [], "a", 1],
  ctrlUK: ["\u001b[1G\u001b[0J> \u001b[3Ghello world\u001b[1D\u001b[1D\u001b[1G\u001b[0J> ld\u001b[3G\u001b[1G\u001b[0J> \u001b[3G", [], "", 0],
  ctrlW: ["\u001b[1G\u001b[0J> \u001b[3Gfoo bar\u001b[1G\u001b[0J> foo \u001b[7G", [], "foo ", 4],
  ctrlL: ["\u001b[1G\u001b[0J> \u001b[3Gab\u001b[1;1H\u001b[0J\u001b[1G\u001b[0J> ab\u001b[5G", [], "ab", 2],
  wordMoves: ["\u001b[1G\u001b[0J> \u001b[3Gone two\u001b[3D\u001b[3C\u001b[3D", [], "one two", 4],
  enter: ["\u001b[1G\u001b[0J> \u001b[3Gfirst\r\nsecond\r\n", ["first", "second"], "", 0],
  wide: ["\u001b[1G\u001b[0J> \u001b[3G\u65e5\u672c\u001b[2D", [], "\u65e5\u672c", 1],
  history: ["\u001b[1G\u001b[0J> \u001b[3Gaa\r\nbb\r\n\u001b[1G\u001b[0J> bb\u001b[5G\u001b[1G\u001b[0J> aa\u001b[5G\u001b[1G\u001b[0J> bb\u001b[5G", ["aa", "bb"], "bb", 2],
};

for (const [name, chunks] of Object.entries(cases)) {
  const input = new PassThrough();
  let data = '';
  const output = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.prompt();
  for (const c of chunks) input.write(c);
  assert.deepStrictEqual([data, lines, rl.line, rl.cursor], expected[name], name);
  rl.close();
}

// getCursorPos counts wide characters as two columns and wraps at output.columns.
{
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 10;
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '' });
  rl.write('\u65e5\u672cabcdefghij');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 4 });
  rl.close();
}
