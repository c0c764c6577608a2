'use strict';
// Buffer encodings measured in JS on any engine: the same operations and inputs as the JMH
// EncodingsBench (dev.node4j.bench), so bench/run.sh can set node4j's figures against Node's.
// Prints one JSON line per operation and size: {"bench":"encodings.<op>.<size>","value":ops/s}.
const { throughput, randomBytes, QUICK } = require('../lib/harness.js');
const { Buffer } = require('buffer');

const NEEDLE = 'node4j-needle!';
const TEXT_UNIT = 'node4j buffer bench: Ünïcødé ✓ 𝄞 plain ASCII words follow here. ';

function text(size) {
  const unitBytes = Buffer.byteLength(TEXT_UNIT, 'utf8');
  return TEXT_UNIT.repeat(Math.max(1, Math.floor(size / unitBytes)));
}

const sizes = QUICK ? [1024] : [1024, 1048576];
for (const size of sizes) {
  const bytes = Buffer.from(randomBytes(size));
  const base64 = bytes.toString('base64');
  const hex = bytes.toString('hex');
  const str = text(size);
  const textBytes = Buffer.from(str, 'utf8');
  const hay = Buffer.from(randomBytes(size));
  hay.write(NEEDLE, size - NEEDLE.length, 'latin1');
  const needle = Buffer.from(NEEDLE, 'latin1');
  if (hay.indexOf(needle) !== size - NEEDLE.length) throw new Error('indexOf setup');

  const ops = {
    base64Encode: () => bytes.toString('base64'),
    base64Decode: () => Buffer.from(base64, 'base64'),
    hexEncode: () => bytes.toString('hex'),
    hexDecode: () => Buffer.from(hex, 'hex'),
    utf8Encode: () => Buffer.from(str, 'utf8'),
    utf8Decode: () => textBytes.toString('utf8'),
    indexOf: () => hay.indexOf(needle),
  };
  for (const [name, fn] of Object.entries(ops)) {
    throughput(`encodings.${name}.${size}`, fn, { bytes: size });
  }
}
