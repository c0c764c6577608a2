// covers: util.inspect, AbortController, AbortSignal, Blob, TextEncoder, TextDecoder
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

// What console.log shows for the web classes: their attributes, one level deeper than the
// object itself ([Object] when that level is out of depth), never internal slots.
const ac = new AbortController();
assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(ac, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(util.inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect(AbortSignal.abort(), { depth: 0 }), 'AbortSignal [Object]');
assert.strictEqual(util.inspect({ a: { b: { c: ac } } }), '{ a: { b: { c: AbortController {} } } }');

assert.strictEqual(util.inspect(new Blob(['xy'], { type: 'text/plain' })), "Blob { size: 2, type: 'text/plain' }");
assert.strictEqual(util.inspect(new Blob(['x']), { depth: 0 }), 'Blob [Object]');
assert.strictEqual(util.format('%s', new Blob(['x'])), 'Blob [Object]');

assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
const decoder = "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }";
assert.strictEqual(util.inspect(new TextDecoder()), decoder);
assert.strictEqual(util.inspect(new TextDecoder(), { depth: 0 }), decoder);
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true })),
  "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
