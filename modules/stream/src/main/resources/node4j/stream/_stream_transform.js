'use strict';
// Legacy alias kept by Node: require('_stream_transform') is stream.Transform.
module.exports = require('stream').Transform;
