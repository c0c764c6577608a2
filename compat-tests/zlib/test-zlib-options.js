// covers: zlib.Deflate, zlib.Gzip, zlib.Inflate, zlib.Deflate.prototype.params, zlib.createGzip, zlib.createInflate
'use strict';
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const range = (name, range, received) => ({
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
});
const type = (what, received) => ({
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: `The ${what} must be of type number. Received ${received}`,
});

assert.throws(() => new zlib.Deflate({ level: 10 }), range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => new zlib.Deflate({ level: 'high' }), type('"options.level" property', "type string ('high')"));
assert.throws(() => new zlib.Deflate({ level: Infinity }), range('options.level', 'a finite number', 'Infinity'));
assert.throws(() => new zlib.Deflate({ memLevel: 10 }), range('options.memLevel', '>= 1 and <= 9', 10));
assert.throws(() => new zlib.Deflate({ strategy: 5 }), range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => new zlib.Deflate({ windowBits: 7 }), range('options.windowBits', '>= 8 and <= 15', 7));
assert.throws(() => zlib.createGzip({ windowBits: 8 }), range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => new zlib.Deflate({ chunkSize: 63 }), range('options.chunkSize', '>= 64', 63));
assert.throws(() => new zlib.Inflate({ flush: 6 }), range('options.flush', '>= 0 and <= 5', 6));
assert.throws(() => new zlib.Inflate({ finishFlush: -1 }), range('options.finishFlush', '>= 0 and <= 5', -1));
assert.throws(() => new zlib.Gunzip({ maxOutputLength: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new zlib.Deflate({ dictionary: 'abc' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, ' +
    "or ArrayBuffer. Received type string ('abc')",
});

// NaN and undefined mean "the default"; inflaters accept windowBits 0 (take it from the header).
assert.strictEqual(zlib.createGzip({ level: NaN })._level, zlib.constants.Z_DEFAULT_COMPRESSION);
assert.strictEqual(zlib.createGzip({ strategy: NaN })._strategy, zlib.constants.Z_DEFAULT_STRATEGY);
for (const create of ['createInflate', 'createGunzip', 'createUnzip']) {
  zlib[create]({ windowBits: 0 }).close();
}
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('w0'), { windowBits: 0 }).toString(), 'w0');

// Called without new.
assert.ok(zlib.Deflate() instanceof zlib.Deflate);
assert.ok(zlib.Unzip({}) instanceof zlib.Unzip);

// params() checks its arguments.
const d = new zlib.Deflate();
assert.throws(() => d.params(10, 0), range('level', '>= -1 and <= 9', 10));
assert.throws(() => d.params(1, 'x'), type('"strategy" argument', "type string ('x')"));
d.close();

// A dictionary in both directions (any kind of view, or an ArrayBuffer).
const dict = Buffer.from('lorem ipsum dolor sit amet');
const packed = zlib.deflateSync('lorem ipsum lorem ipsum dolor', { dictionary: dict });
assert.strictEqual(zlib.inflateSync(packed, { dictionary: new Uint8Array(dict) }).toString(),
                   'lorem ipsum lorem ipsum dolor');
assert.strictEqual(zlib.inflateSync(packed, { dictionary: new Uint8Array(dict).buffer }).toString(),
                   'lorem ipsum lorem ipsum dolor');
assert.throws(() => zlib.inflateSync(packed), { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
assert.throws(() => zlib.inflateSync(packed, { dictionary: Buffer.from('other') }),
              { code: 'Z_NEED_DICT', errno: 2, message: 'Bad dictionary' });
const raw = zlib.deflateRawSync('lorem ipsum dolor', { dictionary: dict });
assert.strictEqual(zlib.inflateRawSync(raw, { dictionary: dict }).toString(), 'lorem ipsum dolor');

// maxOutputLength.
const big = zlib.deflateSync(Buffer.alloc(10000));
assert.throws(() => zlib.inflateSync(big, { maxOutputLength: 100 }), {
  code: 'ERR_BUFFER_TOO_LARGE', name: 'RangeError', message: 'Cannot create a Buffer larger than 100 bytes',
});
assert.strictEqual(zlib.inflateSync(big, { maxOutputLength: 10000 }).length, 10000);
zlib.inflate(big, { maxOutputLength: 100 }, (err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
});
