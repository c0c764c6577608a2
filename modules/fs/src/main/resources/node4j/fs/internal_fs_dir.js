'use strict';
// fs.Dir: a directory stream read in batches from Java, with the sync, callback, promise and
// async-iterator faces of Node's.
const u = require('internal/fs/utils');
const { binding, errors, getValidatedPath, getOptions, makeCallback, Dirent, decodeString } = u;
const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION } = errors.codes;
const { validateFunction, validateUint32 } = require('internal/validators');
const { nextTick } = require('internal/core');

const kId = Symbol('kId');

class Dir {
  #id;
  #path;
  #closed = false;
  #buffer = [];
  #bufferSize;
  #encoding;
  #pending = 0;   // async operations in flight
  #queue = Promise.resolve();

  constructor(id, path, options) {
    this.#id = id;
    this.#path = path;
    this.#bufferSize = options.bufferSize;
    this.#encoding = options.encoding;
  }

  get path() { return this.#path; }

  #entries(raw) {
    for (let i = 0; i < raw.length; i += 2) {
      const name = this.#encoding && this.#encoding !== 'utf8' ? decodeString(raw[i], this.#encoding) : raw[i];
      this.#buffer.push(new Dirent(name, raw[i + 1], this.#path));
    }
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#buffer.length === 0) this.#entries(binding.dirRead(this.#id, this.#bufferSize, undefined));
    return this.#buffer.length === 0 ? null : this.#buffer.shift();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, ent) => (err ? reject(err) : resolve(ent))));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) { nextTick(callback, new ERR_DIR_CLOSED()); return; }
    // Reads are served one after another, as Node queues them.
    this.#pending++;
    this.#queue = this.#queue.then(() => new Promise((resolve) => {
      const finish = (err, ent) => {
        this.#pending--;
        resolve();
        if (err) callback(err); else callback(null, ent);
      };
      if (this.#closed) { finish(new ERR_DIR_CLOSED()); return; }
      if (this.#buffer.length > 0) { finish(null, this.#buffer.shift()); return; }
      binding.dirRead(this.#id, this.#bufferSize, (err, raw) => {
        if (err) { finish(err); return; }
        this.#entries(raw);
        finish(null, this.#buffer.length === 0 ? null : this.#buffer.shift());
      });
    }));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    binding.dirClose(this.#id, undefined);
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) { nextTick(callback, new ERR_DIR_CLOSED()); return; }
    this.#closed = true;
    this.#queue.then(() => binding.dirClose(this.#id, (err) => (err ? callback(err) : callback(null))));
  }

  async* entries() {
    try {
      while (true) {
        const ent = await this.read();
        if (ent === null) break;
        yield ent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }

  [Symbol.dispose]() { if (!this.#closed) this.closeSync(); }

  async [Symbol.asyncDispose]() { if (!this.#closed) await this.close(); }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8', bufferSize: 32 });
  validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(binding.opendir(path, undefined), path, options);
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  path = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  binding.opendir(path, (err, id) => (err ? callback(err) : callback(null, new Dir(id, path, options))));
}

module.exports = { Dir, opendir, opendirSync, kId };
