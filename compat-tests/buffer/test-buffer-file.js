// covers: buffer.File, buffer.File.prototype.name, buffer.File.prototype.lastModified, globalThis.File
'use strict';
const common = require('../common');
const assert = require('assert');
const { File, Blob } = require('buffer');

assert.strictEqual(globalThis.File, File);

const f = new File(['hello'], 'greeting.txt', { type: 'text/plain', lastModified: 42 });
assert.ok(f instanceof Blob);
assert.strictEqual(f.name, 'greeting.txt');
assert.strictEqual(f.size, 5);
assert.strictEqual(f.type, 'text/plain');
assert.strictEqual(f.lastModified, 42);
assert.strictEqual(Object.prototype.toString.call(f), '[object File]');

// Default lastModified is about now.
const before = Date.now();
const g = new File([], 'x');
assert.ok(typeof g.lastModified === 'number');
assert.ok(g.lastModified >= before - 1000 && g.lastModified <= Date.now() + 1000);

// Name is stringified.
assert.strictEqual(new File([], 123).name, '123');

// Both bits and name are required.
assert.throws(() => new File(), { name: 'TypeError' });
assert.throws(() => new File([]), { name: 'TypeError' });

f.text().then(common.mustCall((t) => assert.strictEqual(t, 'hello')));
