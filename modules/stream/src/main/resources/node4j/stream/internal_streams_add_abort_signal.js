'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError when signal aborts.
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const u = require('internal/streams/utils');

function validateSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!u.isNodeStream(stream) && !u.isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = u.isNodeStream(stream)
    ? () => stream.destroy(new AbortError(undefined, { cause: signal.reason }))
    : () => {
      const err = new AbortError(undefined, { cause: signal.reason });
      if (u.isReadableStream(stream)) require('internal/webstreams/util').errorReadable(stream, err);
      else require('internal/webstreams/util').errorWritable(stream, err);
    };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end_of_stream').eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
