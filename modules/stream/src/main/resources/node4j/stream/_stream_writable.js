'use strict';
// Legacy alias kept by Node: require('_stream_writable') is stream.Writable.
module.exports = require('stream').Writable;
