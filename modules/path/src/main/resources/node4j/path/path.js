'use strict';
// Node's `path`: path.posix on this platform (node4j runs on POSIX systems).
module.exports = require('path/posix');
