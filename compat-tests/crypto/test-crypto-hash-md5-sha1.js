// covers: crypto.createHash, crypto.Hash.prototype.update, crypto.Hash.prototype.digest
'use strict';
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const fox = 'The quick brown fox jumps over the lazy dog';
const vectors = {
  md5: {
    '': 'd41d8cd98f00b204e9800998ecf8427e',
    abc: '900150983cd24fb0d6963f7d28e17f72',
    [fox]: '9e107d9d372bb6826bd81d3542a419d6',
  },
  sha1: {
    '': 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    abc: 'a9993e364706816aba3e25717850c26c9cd0d89d',
    [fox]: '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
  },
};
for (const [alg, table] of Object.entries(vectors)) {
  for (const [input, hex] of Object.entries(table)) {
    assert.strictEqual(crypto.createHash(alg).update(input).digest('hex'), hex, `${alg}(${input})`);
  }
}
// Algorithm names are case-insensitive; aliases work.
assert.strictEqual(crypto.createHash('MD5').update('abc').digest('hex'), vectors.md5.abc);
assert.strictEqual(crypto.createHash('SHA1').update('abc').digest('hex'), vectors.sha1.abc);

// The fixture file hashes as expected (it has a trailing newline).
const sample = common.fixtures.readSync('sample.txt');
assert.strictEqual(crypto.createHash('md5').update(sample).digest('hex'),
                   '37c4b87edffc5d198ff5a185cee7ee09');
