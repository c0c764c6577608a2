'use strict';
// require('stream/promises'): pipeline and finished returning promises.
const { pipelineImpl } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/end_of_stream');
const u = require('internal/streams/utils');

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const last = streams[streams.length - 1];
    // A trailing plain object is the options bag.
    if (last && typeof last === 'object' && !u.isNodeStream(last) && !u.isIterable(last) && !u.isWebStream(last)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { pipeline, finished };
