'use strict';
// An Interface's lines as an async iterator, with the semantics of Node's events.on() as the
// Interface uses it: lines buffered while nobody waits, the interface paused above the high-water
// mark and resumed once the buffer is empty; 'error' rejects, 'close' ends.

const stock = require('internal/events/stock_emit');

const kHigh = 1024;
const kLow = 1;

function result(value) {
  return { value, done: false };
}

// The iterator's state. The buffer is read from a moving head and compacted now and then (shift()
// copies the whole array in GraalJS, and a 64 KiB chunk queues ~900 lines at once); a class
// rather than closures over one frame, so that compiled code reads plain fields.
class LineQueue {
  constructor(rl) {
    this.rl = rl;
    this.lines = [];
    this.head = 0;
    this.waiting = [];   // the { resolve, reject } of next() calls made while the buffer was empty
    this.done = false;
    this.error = null;
    this.pausedByUs = false;
    // Listeners of their own identity, so that finish() removes exactly them.
    this.onLine = (line) => this.add(line);
    this.onClose = () => this.finish();
    this.onError = (err) => this.fail(err);
    rl.on('line', this.onLine);
    rl.on('close', this.onClose);
    rl.on('error', this.onError);
    this.iterator = iteratorOf(this);
  }

  add(line) {
    if (this.waiting.length !== 0) {
      this.waiting.shift().resolve(result(line));
      return;
    }
    this.lines.push(line);
    if (this.lines.length - this.head > kHigh && !this.pausedByUs) {
      this.pausedByUs = true;
      this.rl.pause();
    }
  }

  // True when emitting 'line' would do nothing but call add(): the interface's only 'line'
  // listener is ours and emit is the events module's own.
  isSoleLineListener(rl) {
    return rl.emit === stock.emit && rl._events.line === this.onLine;
  }

  // Takes lines[from..] as emitting each as 'line' would (the caller checked isSoleLineListener),
  // without an emit per line. Stops after a line that pauses the interface, since 'pause' runs
  // listeners that may add a 'line' listener or close it. Returns the index of the first line not
  // taken (at least from + 1).
  addAll(lines, from) {
    let i = from;
    const end = lines.length;
    const waiting = this.waiting;
    while (waiting.length !== 0 && i < end) waiting.shift().resolve(result(lines[i++]));
    if (i === end) return i;
    const size = this.lines.length - this.head;
    let upTo = end;
    if (!this.pausedByUs && size + (end - i) > kHigh) upTo = i + kHigh + 1 - size;
    if (size === 0 && upTo === end) {   // adopt the caller's array rather than copy it
      this.lines = lines;
      this.head = i;
      return end;
    }
    const buffer = this.lines;
    while (i < upTo) buffer.push(lines[i++]);
    if (upTo !== end) {
      this.pausedByUs = true;
      this.rl.pause();
    }
    return i;
  }

  next() {
    let lines = this.lines;
    let head = this.head;
    if (head < lines.length) {
      const value = lines[head++];
      if (head === lines.length) {
        lines = [];
        head = 0;
        this.lines = lines;
      } else if (head >= kHigh && head * 2 >= lines.length) {   // drop the lines read
        lines = lines.slice(head);
        head = 0;
        this.lines = lines;
      }
      this.head = head;
      if (this.pausedByUs && lines.length - head < kLow) {
        this.pausedByUs = false;
        if (!this.rl.closed) this.rl.resume();
      }
      return Promise.resolve(result(value));
    }
    if (this.error !== null) {
      const err = this.error;
      this.error = null;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  fail(err) {
    if (this.waiting.length !== 0) this.waiting.shift().reject(err);
    else this.error = err;
    this.finish();
  }

  finish() {
    this.done = true;
    const rl = this.rl;
    rl.removeListener('line', this.onLine);
    rl.removeListener('close', this.onClose);
    rl.removeListener('error', this.onError);
    const waiting = this.waiting;
    while (waiting.length !== 0) waiting.shift().resolve({ value: undefined, done: true });
  }
}

// The object for-await sees: own next/return/throw as events.on's iterator has, over the queue.
function iteratorOf(queue) {
  const watermark = {
    get size() { return queue.lines.length - queue.head; },
    get low() { return kLow; },
    get high() { return kHigh; },
    get isPaused() { return queue.pausedByUs; },
  };
  return {
    next() {
      return queue.next();
    },
    // Leaving the loop stops listening but neither closes the interface nor drops the
    // lines already buffered (a later next() still returns them), as Node 24/25 do.
    return() {
      queue.finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      queue.finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.for('nodejs.watermarkData')]: watermark,   // after it, as Node's own symbols are
  };
}

module.exports = { LineQueue };
