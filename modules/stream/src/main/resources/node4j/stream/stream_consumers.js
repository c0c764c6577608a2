'use strict';
// require('stream/consumers'): read a whole Node stream, web stream or async iterable.
const { Buffer } = require('buffer');

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function arrayBuffer(stream) {
  const chunks = [];
  let length = 0;
  let other = false;   // a chunk that is neither string nor bytes: Blob rules convert it
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    if (ArrayBuffer.isView(bytes)) length += bytes.byteLength;
    else other = true;
  }
  if (other) return new Blob(chunks).arrayBuffer();
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), offset);
    offset += c.byteLength;
  }
  return out.buffer;
}

// The bytes as a plain Uint8Array (not a Buffer).
async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
