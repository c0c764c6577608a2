// covers: buffer.resolveObjectURL, url.URL.createObjectURL, url.URL.revokeObjectURL
'use strict';
const common = require('../common');
const assert = require('assert');
const { Blob, resolveObjectURL } = require('buffer');

const blob = new Blob(['payload'], { type: 'text/plain' });
const url = URL.createObjectURL(blob);
assert.match(url, /^blob:nodedata:[0-9a-f-]{36}$/);

const resolved = resolveObjectURL(url);
assert.ok(resolved instanceof Blob);
assert.strictEqual(resolved.size, 7);
assert.strictEqual(resolved.type, 'text/plain');
resolved.text().then(common.mustCall((t) => assert.strictEqual(t, 'payload')));

URL.revokeObjectURL(url);
assert.strictEqual(resolveObjectURL(url), undefined);

// Unknown or malformed URLs resolve to undefined.
assert.strictEqual(resolveObjectURL('blob:nodedata:00000000-0000-0000-0000-000000000000'), undefined);
assert.strictEqual(resolveObjectURL('http://example.com/'), undefined);
assert.strictEqual(resolveObjectURL('not a url'), undefined);
