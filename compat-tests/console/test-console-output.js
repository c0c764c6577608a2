// covers: console.log, console.error, console.table, console.group, console.groupEnd, console.count, console.countReset, console.dir, console.assert
'use strict';
// What console prints for format directives, nested and circular values, collections, class
// instances, tables, groups, counters and dir depths, byte for byte; run in a child process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('console-program.js');
fs.writeFileSync(file, [
  "console.log('%s|%s|%s|%s', 'str', 42, { a: 1 }, [1, 2]);",
  "console.log('%d|%i|%f|%j|%%|%c.', '42', 42.9, '3.25', { a: [1] }, 'color: red');",
  "console.log('%o', { a: [1, 2, { b: 1 }] });",
  "console.log('no args %s %d', 'x');",
  "console.log({ a: { b: { c: { d: 1 } } } }, [[1, [2, [3, [4]]]]]);",
  "console.log(Array.from({ length: 105 }, (_, i) => i % 10));",
  "console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]]]), new Set([1, 'two']));",
  "class Point { constructor(x, y) { this.x = x; this.y = y; } }",
  "console.log(new Point(1, 2), Object.create(null), { get a() { return 1; }, set b(v) {} });",
  "console.log({ [Symbol('s')]: 1, 'key-dash': 2, valid_id: 3 }, [1, , 3], -0, 10n);",
  "const circ = { name: 'c' }; circ.self = circ; console.log(circ);",
  "console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);",
  "console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a']);",
  "console.group('Group A');",
  "console.log('inside A');",
  "console.group();",
  "console.log({ multi: 'line', object: { with: ['many', 'things'], more: 'stuff here' }, longer: 'x'.repeat(40) });",
  "console.groupEnd();",
  "console.groupEnd();",
  "console.count(); console.count(); console.count('x'); console.countReset(); console.count();",
  "console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });",
  "console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });",
  "console.assert(false, 'shown %s', 'formatted');",
  "console.error('to stderr', { e: 1 });",
  '',
].join('\n'));
const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stderr, "Assertion failed: shown formatted\nto stderr { e: 1 }\n");
assert.strictEqual(r.stdout, [
  "str|42|{ a: 1 }|[ 1, 2 ]",
  "42|42|3.25|{\"a\":[1]}|%|.",
  "{ a: [ 1, 2, { b: 1 }, [length]: 3 ] }",
  "no args x %d",
  "{ a: { b: { c: [Object] } } } [ [ 1, [ 2, [Array] ] ] ]",
  "[",
  "  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,",
  "  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,",
  "  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,",
  "  6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7,",
  "  8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,",
  "  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,",
  "  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,",
  "  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,",
  "  6, 7, 8, 9,",
  "  ... 5 more items",
  "]",
  "Map(2) { 'a' => 1, { k: 1 } => [ 1, 2 ] } Set(2) { 1, 'two' }",
  "Point { x: 1, y: 2 } [Object: null prototype] {} { a: [Getter], b: [Setter] }",
  "{ 'key-dash': 2, valid_id: 3, Symbol(s): 1 } [ 1, <1 empty item>, 3 ] -0 10n",
  "<ref *1> { name: 'c', self: [Circular *1] }",
  "┌─────────┬───┬─────┬──────┐",
  "│ (index) │ a │ b   │ c    │",
  "├─────────┼───┼─────┼──────┤",
  "│ 0       │ 1 │ 'x' │      │",
  "│ 1       │ 2 │     │ true │",
  "└─────────┴───┴─────┴──────┘",
  "┌─────────┬───┐",
  "│ (index) │ a │",
  "├─────────┼───┤",
  "│ 0       │ 1 │",
  "│ 1       │ 3 │",
  "└─────────┴───┘",
  "Group A",
  "  inside A",
  "    {",
  "      multi: 'line',",
  "      object: { with: [ 'many', 'things' ], more: 'stuff here' },",
  "      longer: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
  "    }",
  "default: 1",
  "default: 2",
  "x: 1",
  "default: 1",
  "{ a: [Object] }",
  "{",
  "  a: { b: { c: { d: 1 } } }",
  "}",
  "",
].join('\n'));
