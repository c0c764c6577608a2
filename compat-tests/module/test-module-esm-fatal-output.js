// covers: module.createRequire
'use strict';
// What Node prints when an ES module imports a name its module lacks (carets under the name, no
// stack frames; for a CommonJS module a hint to use the default import), when require() finds
// nothing, and import.meta of the entry module; each program runs in a child process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

common.tmpdir.refresh();
const dir = common.tmpdir.path;
const write = (name, text) => fs.writeFileSync(common.tmpdir.resolve(name), text);
function run(name, source) {
  write(name, source);
  const r = spawnSync(process.execPath, [name], { encoding: 'utf8', cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: common.stripStackFrames(r.stderr) };
}
const tail = `\nNode.js ${process.version}\n`;

write('lib.mjs', 'export const a = 1;\n');
let r = run('esm-missing.mjs', "import { a, nope } from './lib.mjs';\nconsole.log(a, nope);\n");
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stderr, `file://${dir}/esm-missing.mjs:1\nimport { a, nope } from './lib.mjs';\n` +
  "            ^^^^\nSyntaxError: The requested module './lib.mjs' does not provide an export named 'nope'\n" + tail);

write('lib.cjs', 'module.exports = { a: 1 };\nexports.b = 2;\n');
r = run('cjs-missing.mjs', "import { b, zzz as z } from './lib.cjs';\nconsole.log(b, z);\n");
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stderr, `file://${dir}/cjs-missing.mjs:1\nimport { b, zzz as z } from './lib.cjs';\n` +
  "            ^^^\nSyntaxError: Named export 'zzz' not found. The requested module './lib.cjs' is a CommonJS " +
  'module, which may not support all module.exports as named exports.\nCommonJS modules can always be ' +
  "imported via the default export, for example using:\n\nimport pkg from './lib.cjs';\n" +
  'const { b, zzz: z } = pkg;\n\n' + tail);

// require() of nothing: the header is the line of Node's own loader (its number varies).
r = run('not-found.js', "console.log('before');\nrequire('./does-not-exist');\n");
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'before\n');
const lines = r.stderr.split('\n');
assert.match(lines[0], /^node:internal\/modules\/cjs\/loader:\d+$/);
assert.deepStrictEqual(lines.slice(1), [
  '  throw err;', '  ^', '',
  "Error: Cannot find module './does-not-exist'", 'Require stack:', `- ${dir}/not-found.js {`,
  "  code: 'MODULE_NOT_FOUND',", `  requireStack: [ '${dir}/not-found.js' ]`, '}', '',
  `Node.js ${process.version}`, '',
]);

// Imports that resolve to nothing: Node's codes and messages (below a line of its own loader).
function loaderError(name, source, message, props) {
  const r = run(name, source);
  assert.strictEqual(r.status, 1);
  const lines = r.stderr.split('\n');
  assert.match(lines[0], /^node:internal\/modules\/[\w/]+:\d+$/);
  assert.deepStrictEqual(lines.slice(3), ['', `${message} {`, ...props, '}', '', `Node.js ${process.version}`, '']);
}
loaderError('no-package.mjs', "import x from 'no-such-package-here';\n",
            `Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'no-such-package-here' imported from ${dir}/no-package.mjs`,
            ["  code: 'ERR_MODULE_NOT_FOUND'"]);
loaderError('no-file.mjs', "import x from './no-such-file.mjs';\n",
            `Error [ERR_MODULE_NOT_FOUND]: Cannot find module '${dir}/no-such-file.mjs' imported from ${dir}/no-file.mjs`,
            ["  code: 'ERR_MODULE_NOT_FOUND',", `  url: 'file://${dir}/no-such-file.mjs'`]);
loaderError('no-builtin.mjs', "import x from 'node:no-such-builtin';\n",
            'Error [ERR_UNKNOWN_BUILTIN_MODULE]: No such built-in module: node:no-such-builtin',
            ["  code: 'ERR_UNKNOWN_BUILTIN_MODULE'"]);
fs.mkdirSync(common.tmpdir.resolve('node_modules/pk'), { recursive: true });
write('node_modules/pk/package.json', '{"name":"pk","exports":{".":"./i.js"}}');
write('node_modules/pk/i.js', 'module.exports = 1;\n');
loaderError('not-exported.mjs', "import x from 'pk/private.js';\n",
            'Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath \'./private.js\' is not defined by "exports" in ' +
            `${dir}/node_modules/pk/package.json imported from ${dir}/not-exported.mjs`,
            ["  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED'"]);

write('helper.mjs', 'export const meta = { main: import.meta.main, dirname: import.meta.dirname };\n');
r = run('entry.mjs', `import { meta } from './helper.mjs';
console.log(import.meta.main, meta.main, meta.dirname === import.meta.dirname);
console.log(import.meta.filename === import.meta.dirname + '/entry.mjs', import.meta.url === 'file://' + import.meta.filename);
`);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'true false true\ntrue true\n');
