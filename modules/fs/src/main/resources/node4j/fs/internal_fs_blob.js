'use strict';
// fs.openAsBlob(path[, options]): a Blob of the file's bytes. Node's Blob is backed by the file
// and read when consumed; node4j's Blob (buffer module) holds its bytes, so the file is read here,
// once, when the Blob is made: a later change to the file is not seen (Node reports it as a
// NotReadableError on reading).
const { binding, getValidatedPath, stringToFlags, javaEncoding, fileResult } = require('internal/fs/utils');
const { validateObject, validateString } = require('internal/validators');

function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let bytes;
  try {
    bytes = fileResult(binding.readFile(path, stringToFlags('r'), javaEncoding(undefined), undefined));
  } catch {
    // As Node's native check: a TypeError carrying ERR_INVALID_ARG_VALUE.
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([bytes], { type }));
}

module.exports = { openAsBlob };
