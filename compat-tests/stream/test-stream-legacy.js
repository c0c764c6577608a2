// covers: stream.Stream, stream.Stream.prototype.pipe, stream.Readable.prototype.wrap
'use strict';
const common = require('../common');
const assert = require('assert');
const { Stream, Readable, PassThrough } = require('stream');
const EventEmitter = require('events');

assert.strictEqual(require('stream'), Stream);
assert.ok(new Stream() instanceof EventEmitter);

// A legacy, event-emitting source wrapped into a modern Readable.
const old = new Stream();
old.readable = true;
old.pause = () => {};
old.resume = () => {};
const wrapped = new Readable().wrap(old);
const seen = [];
wrapped.on('data', (c) => seen.push(String(c)));
wrapped.on('end', common.mustCall(() => assert.deepStrictEqual(seen, ['legacy1', 'legacy2'])));
old.emit('data', Buffer.from('legacy1'));
old.emit('data', Buffer.from('legacy2'));
old.emit('end');

// Stream.prototype.pipe forwards data events to a writable.
const legacySrc = new Stream();
legacySrc.readable = true;
const dest = new PassThrough();
legacySrc.pipe(dest);
let got = '';
dest.on('data', (c) => { got += c; });
dest.on('end', common.mustCall(() => assert.strictEqual(got, 'xy')));
legacySrc.emit('data', 'x');
legacySrc.emit('data', 'y');
legacySrc.emit('end');
