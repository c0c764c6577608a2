// covers: module.createRequire
'use strict';
// The named exports an ES module sees in a CommonJS file are the ones Node's lexer finds without
// running it: assignments to exports, Object.defineProperty with a value or a plain getter,
// keys of a module.exports literal whose values are identifiers, and re-exported files; never
// what is in comments or strings. Every CommonJS namespace has 'default' and 'module.exports'.
// And require() of an ES module with a default export adds __esModule.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { createRequire } = require('module');

common.tmpdir.refresh();
const write = (name, text) => fs.writeFileSync(common.tmpdir.resolve(name), text);
const keys = async (name) => Object.keys(await import(common.tmpdir.resolve(name))).sort();

write('assign.cjs', "exports.a = 1; module.exports.b = 2; exports['c-d'] = 3;\nif (exports.a == 1) {}\n" +
  'exports.x = exports.y = void 0;\n');
write('define.cjs', `
var q = { f: 1, h: 2 };
Object.defineProperty(exports, '__esModule', { value: true });
Object.defineProperty(exports, 'f', { enumerable: true, get() { return q.f; } });
Object.defineProperty(exports, 'g', { enumerable: false, get: function () { return q.g; } });
Object.defineProperty(exports, 'h', { enumerable: true, get: function () { return q['h']; } });
Object.defineProperty(exports, 'i', { enumerable: true, value: 3 });
Object.defineProperty(exports, 'k', { enumerable: true, get: function () { return q.a.b; } });
Object.defineProperty(exports, 'l', { enumerable: true, get() { return 'l'; } });
`);
write('literal.cjs', 'const a = 1, c = 2, x = 3;\nmodule.exports = {\n  a, // one\n  /* two */ b: c,\n  n: 1,\n  after: x,\n};\n');
write('literal-value.cjs', 'module.exports = { x: 1, y: 2 };\n');
write('hidden.cjs', [
  '// exports.commented = 1',
  '/* exports.block = 1; */',
  'const s = "exports.inString = 1", t = `exports.inTemplate = ${1}`;',
  'const r = /exports.inRegex = 1/, d = 4 / 2;',
  'exports.real = d;',
  '',
].join('\n'));
write('reexport.cjs', "module.exports = require('./assign.cjs');\n");
write('reexport-star.cjs', "var __exportStar = function (m, e) { for (var k in m) e[k] = m[k]; };\n" +
  "__exportStar(require('./literal.cjs'), exports);\nexports.own = 1;\n");
write('throwing-getter.cjs', "Object.defineProperty(exports, 'bad', { enumerable: true, get() { return q.bad; } });\n" +
  "var q = { get bad() { throw new Error('getter'); } };\n");
write('esm.mjs', "export default function hi() { return 'hi'; }\nexport const v = 'esm value';\n");
write('esm-named.mjs', "export const only = 1;\n");

(async () => {
  assert.deepStrictEqual(await keys('assign.cjs'), ['a', 'b', 'c-d', 'default', 'module.exports', 'x', 'y']);
  assert.deepStrictEqual(await keys('define.cjs'), ['__esModule', 'default', 'f', 'h', 'i', 'module.exports']);
  assert.deepStrictEqual(await keys('literal.cjs'), ['a', 'b', 'default', 'module.exports']);
  assert.deepStrictEqual(await keys('literal-value.cjs'), ['default', 'module.exports']);
  assert.deepStrictEqual(await keys('hidden.cjs'), ['default', 'module.exports', 'real']);
  assert.deepStrictEqual(await keys('reexport.cjs'), ['a', 'b', 'c-d', 'default', 'module.exports', 'x', 'y']);
  assert.deepStrictEqual(await keys('reexport-star.cjs'), ['a', 'b', 'default', 'module.exports', 'own']);

  const ns = await import(common.tmpdir.resolve('assign.cjs'));
  assert.strictEqual(ns.default, ns['module.exports']);
  assert.strictEqual(ns['c-d'], 3);
  assert.strictEqual(ns.x, undefined);
  // A getter that throws while the namespace is made leaves its export undefined.
  const bad = await import(common.tmpdir.resolve('throwing-getter.cjs'));
  assert.strictEqual(bad.bad, undefined);

  const req = createRequire(__filename);
  const esm = req(common.tmpdir.resolve('esm.mjs'));
  assert.deepStrictEqual(Object.keys(esm), ['__esModule', 'default', 'v']);
  assert.strictEqual(esm.__esModule, true);
  assert.strictEqual(esm.default(), 'hi');
  assert.strictEqual(esm[Symbol.toStringTag], 'Module');
  assert.strictEqual(esm, req(common.tmpdir.resolve('esm.mjs')));
  assert.notStrictEqual(esm, await import(common.tmpdir.resolve('esm.mjs')));
  // Without a default export: the namespace itself.
  const named = req(common.tmpdir.resolve('esm-named.mjs'));
  assert.strictEqual(named, await import(common.tmpdir.resolve('esm-named.mjs')));
  assert.deepStrictEqual(Object.keys(named), ['only']);
})().then(common.mustCall());
