// covers: process.on, process.exit
'use strict';
// What Node prints for uncaught throws of every kind of value, and for unhandled rejections,
// and the exit codes; each program runs in a child process.
const common = require('../common');
const assert = require('assert');

common.tmpdir.refresh();

const run = common.runScript;
const tail = `\nNode.js ${process.version}\n`;
const hint = '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';

// An error: header (caret at the throw), blank line, the inspected error with its properties.
let r = run('error.js', "console.log('x');\nthrow Object.assign(new Error('boom'), { code: 'E_X' });\n");
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'x\n');
assert.strictEqual(r.stderr,
  `${r.file}:2\nthrow Object.assign(new Error('boom'), { code: 'E_X' });\n^\n\nError: boom {\n  code: 'E_X'\n}\n${tail}`);

// Anything else: blank line, header, then the value; a primitive as a string plus a hint.
r = run('string.js', "throw 'a string';\n");
assert.strictEqual(r.stderr, `\n${r.file}:1\nthrow 'a string';\n^\na string\n${hint}${tail}`);
r = run('null.js', 'setTimeout(() => { throw null; }, 1);\n');
assert.strictEqual(r.stderr, `\n${r.file}:1\nsetTimeout(() => { throw null; }, 1);\n                   ^\nnull\n${hint}${tail}`);
r = run('object.js', "throw { code: 'E', list: [1, 2] };\n");
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stderr, `\n${r.file}:1\nthrow { code: 'E', list: [1, 2] };\n^\n{ code: 'E', list: [ 1, 2 ] }\n${tail}`);

// A rejected error: the header points where the error was made.
r = run('reject.js', "process.on('exit', (c) => console.log('exit', c));\nPromise.reject(new Error('boom'));\n");
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'exit 1\n');
assert.strictEqual(r.stderr, `${r.file}:2\nPromise.reject(new Error('boom'));\n               ^\n\nError: boom\n${tail}`);

// Rejected with a non-error: an UnhandledPromiseRejection naming the value without running it
// (the header is the line of Node's own code raising it; its number varies by release).
r = run('reject-value.js', "Promise.reject({ toString() { throw new Error('not called'); } });\n");
assert.strictEqual(r.status, 1);
const lines = r.stderr.split('\n');
assert.match(lines[0], /^node:internal\/process\/promises:\d+$/);
assert.deepStrictEqual(lines.slice(1), [
  '      new UnhandledPromiseRejection(reason);',
  '      ^',
  '',
  'UnhandledPromiseRejection: This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'The promise rejected with the reason "[object Object]". {',
  "  code: 'ERR_UNHANDLED_REJECTION'",
  '}',
  '',
  `Node.js ${process.version}`,
  '',
]);
r = run('reject-listener.js', `
process.on('uncaughtException', (e, origin) => {
  console.log(origin, e.name, e.code, Object.keys(e).join(','), e.message.slice(-20));
});
Promise.reject(new Map());
`);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'unhandledRejection UnhandledPromiseRejection ERR_UNHANDLED_REJECTION code,name the reason "#<Map>".\n');

// A handler that throws: Node prints that error and exits with 7.
r = run('handler-throws.js', "process.on('uncaughtException', () => { throw new Error('in handler'); });\nthrow new Error('first');\n");
assert.strictEqual(r.status, 7);
assert.strictEqual(r.stderr,
  `${r.file}:1\nprocess.on('uncaughtException', () => { throw new Error('in handler'); });\n` +
  `                                        ^\n\nError: in handler\n${tail}`);
