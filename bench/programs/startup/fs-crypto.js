'use strict';
// Start-up with real work: read a file, sha256 it, print the hex digest.
const fs = require('fs');
const crypto = require('crypto');
const data = fs.readFileSync(process.argv[2] || __filename);
console.log(crypto.createHash('sha256').update(data).digest('hex'));
