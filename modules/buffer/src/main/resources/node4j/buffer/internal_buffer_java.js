'use strict';
// Bytes a Java binding hands back as a java.nio.ByteBuffer, copied into a Buffer in one bulk
// copy (an ArrayBuffer view over the Java buffer, then set()): the way bindings return output
// (zlib, ciphers) without a per-byte or latin1-string round trip.
const { Buffer } = require('buffer');

/** A Buffer holding a copy of the ByteBuffer's bytes from position to limit. */
function bufferFromJava(bb) {
  const view = new Uint8Array(new ArrayBuffer(bb));
  const buf = Buffer.allocUnsafe(view.length);
  buf.set(view);
  return buf;
}

module.exports = { bufferFromJava };
