'use strict';
// fs.glob, fs.globSync and fsPromises.glob. Options are checked here in Node's order; the
// pattern matching and the directory walk are Java's (dev.node4j.fs.glob, via GlobHandle).
// The async forms run the walk one directory at a time on the pool (on the loop thread when
// options.exclude is a function, since it is JS).
const { binding, errors, Dirent, isURL, fileURLToPath, makeCallback } = require('internal/fs/utils');
const { ERR_INVALID_ARG_TYPE } = errors.codes;
const { validateObject, validateString, validateArray } = require('internal/validators');

/** Node's class for a glob result found by lstat rather than readdir. */
class DirentFromStats extends Dirent {}

function makeDirent(name, parentPath, type, fromStats) {
  return fromStats ? new DirentFromStats(name, type, parentPath) : new Dirent(name, type, parentPath);
}

function validateRoot(root) {
  if (typeof root !== 'string') throw new ERR_INVALID_ARG_TYPE('paths[0]', 'string', root);
}

/** new Glob(pattern, options) in Node: the checks, in its order. */
function prepare(pattern, options = {}) {
  validateObject(options, 'options');
  const { exclude, cwd, withFileTypes } = options;
  const root = (isURL(cwd) ? fileURLToPath(cwd) : cwd) ?? '.';
  let excludeGlobs = [];
  let excludeFn = null;
  if (exclude != null) {
    if (Array.isArray(exclude)) {
      for (let i = 0; i < exclude.length; i++) {
        if (typeof exclude[i] !== 'string') {
          throw new ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', exclude[i]);
        }
      }
      if (exclude.length > 0) validateRoot(root);
      excludeGlobs = exclude;
    } else if (typeof exclude === 'function') {
      excludeFn = exclude;
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['string[]', 'function'], exclude);
    }
  }
  let patterns;
  if (typeof pattern === 'object') {
    validateArray(pattern, 'patterns');
    for (let i = 0; i < pattern.length; i++) validateString(pattern[i], `patterns[${i}]`);
    patterns = [...pattern];
  } else {
    validateString(pattern, 'patterns');
    patterns = [pattern];
  }
  const types = !!withFileTypes;
  const adapter = excludeFn && ((path, name, parentPath, type, fromStats) =>
    !!excludeFn(path !== null ? path : makeDirent(name, parentPath, type, fromStats)));
  return { patterns, root, excludeGlobs, adapter, withFileTypes: types };
}

function open(g, sync) {
  if (g.patterns.length > 0) validateRoot(g.root);
  return binding.glob(g.patterns, typeof g.root === 'string' ? g.root : '.', g.excludeGlobs, g.adapter,
    g.withFileTypes, sync);
}

function toResults(flat, withFileTypes) {
  if (!withFileTypes) return Array.from(flat);
  const out = [];
  for (let i = 0; i < flat.length; i += 4) {
    out.push(flat[i] === null ? null : makeDirent(flat[i], flat[i + 1], flat[i + 2], flat[i + 3]));
  }
  return out;
}

function globSync(pattern, options) {
  const g = prepare(pattern, options);
  return toResults(open(g, true).all(), g.withFileTypes);
}

async function* walk(g) {
  const handle = open(g, false);
  while (!handle.done()) {
    const flat = g.adapter ? handle.step(undefined)
      : await new Promise((resolve, reject) => handle.step((err, r) => (err ? reject(err) : resolve(r))));
    for (const r of toResults(flat, g.withFileTypes)) yield r;
  }
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  const g = prepare(pattern, options);
  (async () => {
    const res = [];
    for await (const entry of walk(g)) res.push(entry);
    return res;
  })().then((res) => callback(null, res), callback);
}

async function* globAsync(pattern, options) {
  yield* walk(prepare(pattern, options));
}

module.exports = { glob, globSync, globAsync, DirentFromStats };
