'use strict';
// Legacy alias kept by Node: require('_stream_readable') is stream.Readable.
module.exports = require('stream').Readable;
