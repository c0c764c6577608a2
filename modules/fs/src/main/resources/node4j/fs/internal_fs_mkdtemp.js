'use strict';
// mkdtempDisposableSync / fsPromises.mkdtempDisposable: a temporary directory with a remove()
// that deletes it recursively. The absolute path is fixed at creation, so a later chdir does
// not change what remove() deletes; removing twice is allowed (force).
const pathModule = require('path');

function mkdtempDisposableSync(prefix, options) {
  const fs = require('fs');
  const path = fs.mkdtempSync(prefix, options);
  const absolute = pathModule.resolve(String(path));
  const remove = () => fs.rmSync(absolute, { recursive: true, force: true });
  return { path, remove, [Symbol.dispose]: remove };
}

async function mkdtempDisposable(prefix, options) {
  const fsp = require('fs/promises');
  const path = await fsp.mkdtemp(prefix, options);
  const absolute = pathModule.resolve(String(path));
  const remove = () => fsp.rm(absolute, { recursive: true, force: true });
  return { path, remove, [Symbol.asyncDispose]: remove };
}

module.exports = { mkdtempDisposableSync, mkdtempDisposable };
