'use strict';
// Bytes a Java binding hands back (a java.nio.ByteBuffer) become a Buffer over that same memory:
// GraalJS makes an ArrayBuffer backed by the Java buffer, so nothing is copied. Copying them
// into a JS-owned buffer instead cost 1 ms per MiB with the compiler and 55 ms per MiB without
// it (GraalJS copies such a view element by element); reading a byte of the Java-backed buffer
// from JS costs about twice a JS-owned one once compiled, and passing it back to Java is a bulk
// copy like any Buffer's. Java hands over a fresh buffer (position 0) it no longer touches.
const FastBuffer = require('buffer')[Symbol.for('node4j.FastBuffer')];

/** A Buffer over the ByteBuffer's bytes from 0 to its limit. */
function bufferFromJava(bb) {
  const ab = new ArrayBuffer(bb);
  return new FastBuffer(ab, 0, ab.byteLength);
}

module.exports = { bufferFromJava };
