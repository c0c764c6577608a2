'use strict';
// Legacy alias kept by Node: require('_stream_passthrough') is stream.PassThrough.
module.exports = require('stream').PassThrough;
