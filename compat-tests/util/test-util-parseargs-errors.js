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
  message: `The "options.x.type" property must be ('string|boolean'). Received type string ('number')`,
}));
assert.throws(() => parseArgs({ args: [], options: { x: {} } }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "options.x.type" property must be ('string|boolean'). Received undefined`,
}));
// A multiple option's default: an array, then each element by index.
assert.throws(() => parseArgs({ args: [], options: { x: { type: 'string', multiple: true, default: 'a' } } }),
              common.expectsError({
                code: 'ERR_INVALID_ARG_TYPE',
                message: `The "options.x.default" property must be an instance of Array. Received type string ('a')`,
              }));
assert.throws(() => parseArgs({ args: [], options: { x: { type: 'string', multiple: true, default: ['a', 2] } } }),
              common.expectsError({
                code: 'ERR_INVALID_ARG_TYPE',
                message: 'The "options.x.default[1]" property must be of type string. Received type number (2)',
              }));
// A default of undefined is no default.
const valueNames = (config) => Object.keys(parseArgs(config).values);
assert.deepStrictEqual(valueNames({ args: [], options: { x: { type: 'boolean', default: undefined } } }), []);
// Only own properties of the configuration count, and null is the same as absent.
const inherits = (proto, own) => Object.assign(Object.create(proto), own);
assert.throws(() => parseArgs(inherits({ strict: false }, { args: ['--z'] })), common.expectsError({
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
}));
assert.throws(() => parseArgs({ args: [], options: { x: inherits({ type: 'string' }, {}) } }), common.expectsError({
  code: 'ERR_INVALID_ARG_TYPE',
}));
assert.deepStrictEqual(valueNames({ args: [], options: { x: inherits({ default: 'd' }, { type: 'string' }) } }), []);
assert.deepStrictEqual(parseArgs({ args: ['p'], strict: null, allowPositionals: true, options: null }).positionals,
                       ['p']);
assert.throws(() => parseArgs({ args: [], options: { x: { type: 'string', short: 'xx' } } }), common.expectsError({
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The property 'options.x.short' must be a single character. Received 'xx'",
}));
