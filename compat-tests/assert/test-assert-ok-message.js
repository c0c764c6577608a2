// covers: assert.ok, assert
'use strict';
require('../common');
const assert = require('assert');

// With no custom message, assert.ok reports the source expression.
try {
  assert.ok(typeof 123 === 'string');
  assert.fail('should have thrown');
} catch (err) {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.generatedMessage, true);
  assert.match(err.message, /^The expression evaluated to a falsy value:\n\n {2}assert\.ok\(typeof 123 === 'string'\)\n$/);
}
try {
  assert(null);
  assert.fail('should have thrown');
} catch (err) {
  assert.match(err.message, /^The expression evaluated to a falsy value:\n\n {2}assert\(null\)\n$/);
}
