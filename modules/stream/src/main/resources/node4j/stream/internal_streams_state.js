'use strict';
// Default highWaterMarks (settable process-wide) and reading the option from a user's options.
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

let defaultBytes = 64 * 1024;   // 64 KiB since Node 22
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark wins, then the side-specific Duplex key, then the default.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options == null ? null : options.highWaterMark;
  let name = 'options.highWaterMark';
  if (hwm == null && isDuplex && options[duplexKey] != null) {
    hwm = options[duplexKey];
    name = `options.${duplexKey}`;
  }
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (typeof hwm !== 'number' || !(hwm >= 0) || !Number.isFinite(hwm) && hwm !== Infinity) {
    throw new ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return Math.floor(hwm);
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark };
