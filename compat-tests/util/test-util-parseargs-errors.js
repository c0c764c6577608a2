// covers: util.parseArgs
'use strict';
const common = require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = { flag: { type: 'boolean' }, str: { type: 'string' } };
assert.throws(() => parseArgs({ args: ['--unknown'], options }), common.expectsError({
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', name: 'TypeError',
}));
assert.throws(() => parseArgs({ args: ['pos'], options }), common.expectsError({
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', name: 'TypeError',
}));
assert.throws(() => parseArgs({ args: ['--str'], options }), common.expectsError({
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', name: 'TypeError',
}));
assert.throws(() => parseArgs({ args: ['--flag=yes'], options }), common.expectsError({
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
}));
// strict: false collects everything.
const loose = parseArgs({ args: ['--unknown', '--str', 'v', 'pos'], options, strict: false });
assert.strictEqual(loose.values.unknown, true);
assert.strictEqual(loose.values.str, 'v');
assert.deepStrictEqual(loose.positionals, ['pos']);
// Bad configuration.
assert.throws(() => parseArgs({ args: [], options: { x: { type: 'number' } } }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
}));
assert.throws(() => parseArgs({ args: [], options: { x: { type: 'string', short: 'xx' } } }), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The property 'options.x.short' must be a single character. Received 'xx'",
}));
