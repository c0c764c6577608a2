'use strict';
// http.IncomingMessage: a Readable of one message's body, with its start line and headers; the
// parser (in _http_common) pushes the body into it.
const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

// headers, trailers and their *Distinct forms: made from the raw pairs on first read, by `add`.
function lazyHeaders(raw, countKey, cacheKey, add) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (!this[cacheKey]) {
        const dest = this[cacheKey] = {};
        const src = this[raw];
        for (let n = 0; n < this[countKey]; n += 2) this[add](src[n], src[n + 1], dest);
      }
      return this[cacheKey];
    },
    set(val) { this[cacheKey] = val; },
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  headers: lazyHeaders('rawHeaders', kHeadersCount, kHeaders, '_addHeaderLine'),
  headersDistinct: lazyHeaders('rawHeaders', kHeadersCount, kHeadersDistinct, '_addHeaderLineDistinct'),
  trailers: lazyHeaders('rawTrailers', kTrailersCount, kTrailers, '_addHeaderLine'),
  trailersDistinct: lazyHeaders('rawTrailers', kTrailersCount, kTrailersDistinct, '_addHeaderLineDistinct'),
});

IncomingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket.readable) readStart(this.socket);
};

// An incoming message ended before its body did is 'aborted' (ECONNRESET) when destroyed.
IncomingMessage.prototype._destroy = function(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = require('stream').finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function(headers, n) {
  if (headers?.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// Which duplicates Node keeps: most fields are joined with ', ', cookie with '; ', set-cookie
// becomes an array, and the fields below keep their first value only.
const firstValueOnly = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

IncomingMessage.prototype._addHeaderLine = function(field, value, dest) {
  field = field.toLowerCase();
  if (field === 'set-cookie') {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (!firstValueOnly.has(field)) {
    if (typeof dest[field] === 'string') dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
    else dest[field] = value;
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function(field, value, dest) {
  const key = field.toLowerCase();
  if (!dest[key]) dest[key] = [value];
  else dest[key].push(value);
};

// Discards the rest of the body so that the connection can carry the next message.
IncomingMessage.prototype._dump = function() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
