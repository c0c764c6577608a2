// covers: zlib.gunzipSync, zlib.gunzip, zlib.unzipSync, zlib.createGunzip
'use strict';
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

// Concatenated gzip members decode to the concatenation, in one call or streamed.
const members = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def'), zlib.gzipSync(''), zlib.gzipSync('ghi')]);
assert.strictEqual(zlib.gunzipSync(members).toString(), 'abcdefghi');
assert.strictEqual(zlib.unzipSync(members).toString(), 'abcdefghi');
zlib.gunzip(members, common.mustSucceed((out) => assert.strictEqual(out.toString(), 'abcdefghi')));

const g = zlib.createGunzip();
let streamed = '';
g.on('data', (c) => { streamed += c; });
g.on('end', common.mustCall(() => assert.strictEqual(streamed, 'abcdefghi')));
for (let i = 0; i < members.length; i += 3) g.write(members.subarray(i, i + 3));
g.end();

// Zero bytes after the last member are ignored; other bytes start a member that must be valid.
assert.strictEqual(zlib.gunzipSync(Buffer.concat([members, Buffer.alloc(20)])).toString(), 'abcdefghi');
assert.throws(() => zlib.gunzipSync(Buffer.concat([members, Buffer.from('junk')])),
              { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
assert.throws(() => zlib.gunzipSync(Buffer.concat([members, Buffer.from([0x1f, 0x8b, 0xff, 0xff])])),
              { code: 'Z_DATA_ERROR', message: 'unknown compression method' });
assert.throws(() => zlib.gunzipSync(Buffer.concat([members, Buffer.from([0x1f])])),
              { code: 'Z_BUF_ERROR', message: 'unexpected end of file' });
// The zlib format has one stream: what follows it is ignored.
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')])).toString(), 'abc');

// Optional header fields (FEXTRA, FNAME, FCOMMENT, FHCRC) are skipped.
const body = zlib.deflateRawSync('with header fields');
const head = Buffer.from([0x1f, 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 3]);
const extra = Buffer.from([3, 0, 1, 2, 3]);
const name = Buffer.from('name.txt\0');
const comment = Buffer.from('a comment\0');
const trailer = Buffer.alloc(8);
trailer.writeUInt32LE(zlib.crc32('with header fields'), 0);
trailer.writeUInt32LE('with header fields'.length, 4);
const full = Buffer.concat([head, extra, name, comment, body, trailer]);
assert.strictEqual(zlib.gunzipSync(full).toString(), 'with header fields');
assert.strictEqual(zlib.unzipSync(full).toString(), 'with header fields');
