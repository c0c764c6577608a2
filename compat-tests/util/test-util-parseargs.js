// covers: util.parseArgs
'use strict';
const common = require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', multiple: true },
};
const r = parseArgs({
  args: ['-v', '--name', 'bob', '--tag=a', '--tag', 'b', 'pos1', '--', '--not-an-option'],
  options, allowPositionals: true,
});
assert.deepStrictEqual({ ...r.values }, { verbose: true, name: 'bob', tag: ['a', 'b'] });
assert.deepStrictEqual(r.positionals, ['pos1', '--not-an-option']);
// Defaults apply; the values object has a null prototype.
const d = parseArgs({ args: [], options });
assert.strictEqual(d.values.name, 'anon');
assert.strictEqual(Object.getPrototypeOf(d.values), null);
// Grouped short flags and --no- style negation (allowNegative).
const g = parseArgs({ args: ['-vn', 'x'], options });
assert.deepStrictEqual({ ...g.values }, { verbose: true, name: 'x' });
const neg = parseArgs({ args: ['--no-verbose'], options, allowNegative: true });
assert.strictEqual(neg.values.verbose, false);
// tokens.
const t = parseArgs({ args: ['-v', 'p'], options, allowPositionals: true, tokens: true });
assert.deepStrictEqual(t.tokens.map((x) => x.kind), ['option', 'positional']);
assert.strictEqual(t.tokens[0].name, 'verbose');
assert.strictEqual(t.tokens[0].rawName, '-v');
assert.ok(common);
