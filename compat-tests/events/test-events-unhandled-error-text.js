// covers: events.EventEmitter.prototype.emit, events.getMaxListeners
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');
const { EventEmitter, getMaxListeners } = require('events');

// An 'error' without listeners throws ERR_UNHANDLED_ERROR quoting the value: inspected, or
// converted to a string when inspection itself throws.
const ee = new EventEmitter();
assert.throws(() => ee.emit('error', { message: 'x' }),
              { code: 'ERR_UNHANDLED_ERROR', message: "Unhandled error. ({ message: 'x' })" });
assert.throws(() => ee.emit('error', { [util.inspect.custom]() { throw new Error('no'); } }),
              { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. ([object Object])' });

// AbortSignals never warn about many listeners: their limit is 0.
assert.strictEqual(getMaxListeners(new AbortController().signal), 0);
assert.strictEqual(getMaxListeners(new EventTarget()), EventEmitter.defaultMaxListeners);
