// covers: process.reallyExit, process.exit
'use strict';
require('../common');
const assert = require('assert');

// process.exit() runs the 'exit' listeners, then ends through process.reallyExit(code):
// a program that replaces reallyExit sees the final code, and execution goes on if it returns.
const seen = [];
process.on('exit', (code) => seen.push(['exit', code]));
const original = process.reallyExit;
assert.strictEqual(typeof original, 'function');
process.reallyExit = (code) => seen.push(['reallyExit', code]);
process.exit(7);
assert.deepStrictEqual(seen, [['exit', 7], ['reallyExit', 7]]);
// 'exit' is not emitted a second time, neither by another exit() nor at the natural end.
process.exit(7);
assert.deepStrictEqual(seen, [['exit', 7], ['reallyExit', 7], ['reallyExit', 7]]);
process.reallyExit = original;
process.exitCode = 0;
