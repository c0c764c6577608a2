'use strict';
// fs.watch (Java WatchService events), fs.promises.watch (async iterator over them) and
// fs.watchFile / fs.unwatchFile (stat polling on a timer, as Node's StatWatcher does).
const EventEmitter = require('events');
const u = require('internal/fs/utils');
const { binding, getValidatedPath, getOptions, decodeString, abortError } = u;
const { validateFunction, validateBoolean, validateObject } = require('internal/validators');
const { nextTick } = require('internal/core');
const { ignoreMatcher } = require('internal/fs/watch_ignore');

class FSWatcher extends EventEmitter {
  #id = 0;
  #refed = false;
  #closed = false;

  start(filename, persistent, recursive, encoding, ignored) {
    this.#id = binding.watch(filename, recursive, (eventType, name) => {
      if (this.#closed || (ignored !== null && ignored(name))) return;
      this.emit('change', eventType, encoding && encoding !== 'utf8' ? decodeString(name, encoding) : name);
    });
    this.#refed = true;
    if (!persistent) this.unref();
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    binding.watchClose(this.#id, this.#refed);
    this.#refed = false;
    nextTick(() => this.emit('close'));
  }

  ref() {
    if (!this.#closed && !this.#refed) { binding.watchRef(this.#id, true); this.#refed = true; }
    return this;
  }

  unref() {
    if (!this.#closed && this.#refed) { binding.watchRef(this.#id, false); this.#refed = false; }
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options, { persistent: true, recursive: false, encoding: 'utf8' });
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  options.ignored = ignoreMatcher(options.ignore);
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  options = watchOptions(options);
  filename = getValidatedPath(filename, 'filename');
  const w = new FSWatcher();
  w.start(filename, options.persistent, options.recursive, options.encoding, options.ignored);
  if (listener) w.on('change', listener);
  if (options.signal) {
    if (options.signal.aborted) nextTick(() => w.close());
    else options.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
}

/** fs.promises.watch: yields { eventType, filename } until the signal aborts. */
async function* watchAsync(filename, options) {
  options = watchOptions(options);
  const signal = options.signal;
  if (signal?.aborted) throw abortError(signal);
  const queue = [];
  let wake = null;
  const w = watch(filename, { ...options, signal: undefined }, (eventType, name) => {
    queue.push({ eventType, filename: name });
    if (wake) { wake(); wake = null; }
  });
  let aborted = false;
  const onAbort = () => { aborted = true; if (wake) { wake(); wake = null; } };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      while (queue.length > 0) yield queue.shift();
      if (aborted) throw abortError(signal);
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    w.close();
  }
}

// ---- watchFile: polling ---------------------------------------------------------------------
const statWatchers = new Map();   // resolved filename -> StatWatcher

class StatWatcher extends EventEmitter {
  #timer = null;
  #prev;
  #bigint;

  start(filename, persistent, interval, bigint) {
    const fs = require('fs');
    this.#bigint = bigint;
    const read = () => fs.statSync(filename, { throwIfNoEntry: false, bigint }) || emptyStats(bigint);
    this.#prev = read();
    this.#timer = setInterval(() => {
      const curr = read();
      if (changed(curr, this.#prev)) {
        const prev = this.#prev;
        this.#prev = curr;
        this.emit('change', curr, prev);
      }
    }, interval);
    if (!persistent) this.#timer.unref();
  }

  stop() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    nextTick(() => this.emit('stop'));
  }

  ref() { this.#timer?.ref(); return this; }

  unref() { this.#timer?.unref(); return this; }
}

function emptyStats(bigint) {
  const zero = bigint ? 0n : 0;
  return u.makeStats(new Array(18).fill(0), bigint) || zero;
}

function changed(a, b) {
  for (const k of ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'size', 'mtimeMs', 'ctimeMs']) {
    if (a[k] !== b[k]) return true;
  }
  return false;
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename, 'filename');
  const key = require('path').resolve(filename);
  if (typeof options === 'function') { listener = options; options = {}; }
  options = { interval: 5007, persistent: true, bigint: false, ...options };
  validateObject(options, 'options');
  validateFunction(listener, 'listener');
  let w = statWatchers.get(key);
  if (w === undefined) {
    w = new StatWatcher();
    w.start(filename, options.persistent, options.interval, options.bigint);
    statWatchers.set(key, w);
  }
  w.on('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename, 'filename');
  const key = require('path').resolve(filename);
  const w = statWatchers.get(key);
  if (w === undefined) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(key);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile };

