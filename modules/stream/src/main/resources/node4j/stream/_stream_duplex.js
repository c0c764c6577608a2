'use strict';
// Legacy alias kept by Node: require('_stream_duplex') is stream.Duplex.
module.exports = require('stream').Duplex;
