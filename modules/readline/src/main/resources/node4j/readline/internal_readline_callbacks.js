'use strict';
// readline's cursor functions over any writable: they write one escape sequence and return
// what stream.write returns; with no stream they call back on the next tick and return true.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI, invalidCursorPos } = require('internal/readline/utils');

function noStream(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return noStream(callback);
  if (typeof x !== 'number') throw invalidCursorPos();
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function relativeMove(dx, dy) {
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return data;
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return noStream(callback);
  return stream.write(relativeMove(dx, dy), callback);
}

function clearSequence(dir) {
  if (dir < 0) return CSI.kClearToLineBeginning;
  if (dir > 0) return CSI.kClearToLineEnd;
  return CSI.kClearLine;
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return noStream(callback);
  return stream.write(clearSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return noStream(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = { cursorTo, moveCursor, clearLine, clearScreenDown, relativeMove, clearSequence };
