// covers: process.on, process.exitCode
'use strict';
// Errors the JS engine raises (reading a property of undefined, calling a non-function, ...)
// printed by the fatal-error path: the "file:line", source line and caret Node shows, V8's
// message, and exit code 1. Each program runs in a child process.
const common = require('../common');
const assert = require('assert');

common.tmpdir.refresh();

const run = common.runScript;

function fatal(name, source, line, excerpt, caret, message) {
  const r = run(name, source);
  assert.strictEqual(r.status, 1, r.stderr);
  assert.strictEqual(r.stderr,
    `${r.file}:${line}\n${excerpt}\n${' '.repeat(caret)}^\n\n${message}\n\nNode.js ${process.version}\n`);
}

fatal('read.js', 'function get(o) {\n  return o.value.deep;\n}\nget({});\n',
      2, '  return o.value.deep;', 17, "TypeError: Cannot read properties of undefined (reading 'deep')");
fatal('read-after-call.js', "const api = { get: () => null };\napi.get('x').then(() => {});\n",
      2, "api.get('x').then(() => {});", 12, "TypeError: Cannot read properties of null (reading 'then')");
fatal('set.js', 'let target;\ntarget.x = 1;\n',
      2, 'target.x = 1;', 9, "TypeError: Cannot set properties of undefined (setting 'x')");
fatal('call.js', 'const obj = {};\nobj.foo();\n',
      2, 'obj.foo();', 4, 'TypeError: obj.foo is not a function');
fatal('const.js', 'const x = 1;\nx += 2;\n',
      2, 'x += 2;', 2, 'TypeError: Assignment to constant variable.');
fatal('new.js', 'const Arrow = () => {};\nnew Arrow();\n',
      2, 'new Arrow();', 0, 'TypeError: Arrow is not a constructor');
fatal('iterable.js', 'const n = 5;\nconst [a] = n;\n',
      2, 'const [a] = n;', 12, 'TypeError: n is not iterable');
fatal('bigint.js', 'const a = 10n;\nconsole.log(a + 1);\n',
      2, 'console.log(a + 1);', 14, 'TypeError: Cannot mix BigInt and other types, use explicit conversions');
fatal('destructure.js', 'const { data } = undefined;\n',
      1, 'const { data } = undefined;', 8, "TypeError: Cannot destructure property 'data' of 'undefined' as it is undefined.");
fatal('class.js', 'class A {}\nA();\n',
      2, 'A();', 0, "TypeError: Class constructor A cannot be invoked without 'new'");
// A rejection is reported where its error was made; one from an async function too.
fatal('async.js', 'async function load() {\n  await null;\n  const data = undefined;\n  return data.items;\n}\nload();\n',
      4, '  return data.items;', 14, "TypeError: Cannot read properties of undefined (reading 'items')");

// Listeners see V8's words too, in the message and in the stack.
const r = run('listeners.js', `
process.on('uncaughtException', (e, origin) => {
  console.log(origin, e.name, '|', e.message, '|', e.stack.split('\\n')[0]);
});
process.on('unhandledRejection', (e) => console.log('rejection |', e.message));
Promise.resolve().then(() => { const list = null; return list.length; });
setTimeout(() => { const o = {}; o.missing.deep = 1; }, 1);
setTimeout(() => { const config = { plugins: null }; for (const p of config.plugins) p(); }, 2);
setTimeout(() => { const api = { get() {} }; const { rows } = api.get(1); }, 3);
null.x;
`);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, [
  "uncaughtException TypeError | Cannot read properties of null (reading 'x') | TypeError: Cannot read properties of null (reading 'x')",
  "rejection | Cannot read properties of null (reading 'length')",
  "uncaughtException TypeError | Cannot set properties of undefined (setting 'deep') | TypeError: Cannot set properties of undefined (setting 'deep')",
  'uncaughtException TypeError | config.plugins is not iterable | TypeError: config.plugins is not iterable',
  "uncaughtException TypeError | Cannot destructure property 'rows' of 'api.get(...)' as it is undefined. | " +
    "TypeError: Cannot destructure property 'rows' of 'api.get(...)' as it is undefined.",
  '',
].join('\n'));
