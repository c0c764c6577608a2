// covers: util.inspect
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const e = new Error('bad thing');
const out = util.inspect(e);
// The stack is printed, starting with "Error: bad thing".
assert.ok(out.startsWith('Error: bad thing\n'), out);
assert.match(out, /\n {4}at /);
// Extra own properties are appended.
const withCode = Object.assign(new TypeError('typed'), { code: 'E_X' });
assert.match(util.inspect(withCode), /^TypeError: typed\n[\s\S]*\{\s+code: 'E_X'\s+\}$/);
// An error without a stack prints in brackets.
const noStack = new RangeError('r');
noStack.stack = undefined;
delete noStack.stack;
assert.match(util.inspect(noStack), /RangeError: r/);
// cause is shown.
const withCause = new Error('outer', { cause: new Error('inner') });
assert.match(util.inspect(withCause), /\[cause\]: Error: inner/);
// Nested errors inside objects.
assert.match(util.inspect({ err: new Error('nested') }), /^\{\s+err: Error: nested\n/);
assert.ok(common);
