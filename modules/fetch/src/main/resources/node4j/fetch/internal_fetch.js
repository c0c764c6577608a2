'use strict';
// fetch, Headers, Request, Response (WHATWG Fetch), buffered bodies over Java's HttpClient.
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const binding = internalBinding('fetch');

const STATUS_TEXT = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(v) {
  return `${v}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

class Headers {
  #map = new Map();   // lower-case name -> [values]
  constructor(init = undefined) {
    if (init == null) return;
    if (init instanceof Headers) {
      for (const [k, v] of init) this.append(k, v);
    } else if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const p = [...pair];
        if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2');
        this.append(p[0], p[1]);
      }
    } else if (typeof init === 'object') {
      for (const k of Object.keys(init)) this.append(k, init[k]);
    } else {
      throw new ERR_INVALID_ARG_TYPE('init', 'object', init);
    }
  }
  #name(name) {
    const n = `${name}`;
    if (!TOKEN.test(n)) throw new TypeError(`Invalid header name: "${n}"`);
    return n.toLowerCase();
  }
  append(name, value) {
    const k = this.#name(name);
    const list = this.#map.get(k);
    if (list) list.push(normalizeValue(value)); else this.#map.set(k, [normalizeValue(value)]);
  }
  set(name, value) { this.#map.set(this.#name(name), [normalizeValue(value)]); }
  get(name) {
    const list = this.#map.get(this.#name(name));
    return list === undefined ? null : list.join(', ');
  }
  getSetCookie() { return [...(this.#map.get('set-cookie') || [])]; }
  has(name) { return this.#map.has(this.#name(name)); }
  delete(name) { this.#map.delete(this.#name(name)); }
  forEach(fn, thisArg) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', fn);
    for (const [k, v] of this) fn.call(thisArg, v, k, this);
  }
  *entries() {
    for (const k of [...this.#map.keys()].sort()) {
      if (k === 'set-cookie') for (const v of this.#map.get(k)) yield [k, v];
      else yield [k, this.#map.get(k).join(', ')];
    }
  }
  *keys() { for (const [k] of this.entries()) yield k; }
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'Headers'; }
}

/** Bytes of a body init, plus the content type it implies. */
function extractBody(body) {
  if (body == null) return [null, null];
  if (typeof body === 'string') return [new TextEncoder().encode(body), 'text/plain;charset=UTF-8'];
  if (body instanceof URLSearchParams) {
    return [new TextEncoder().encode(body.toString()), 'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (body instanceof ArrayBuffer) return [new Uint8Array(body.slice(0)), null];
  if (ArrayBuffer.isView(body)) {
    return [new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), null];
  }
  if (typeof Blob === 'function' && body instanceof Blob) return [body, body.type || null];
  return [new TextEncoder().encode(String(body)), 'text/plain;charset=UTF-8'];
}

class Body {
  #bytes;
  #used = false;
  constructor(bytes) { this.#bytes = bytes; }
  get bodyUsed() { return this.#used; }
  get body() {
    if (this.#bytes === null) return null;
    if (typeof ReadableStream !== 'function') return null;
    const self = this;
    return new ReadableStream({
      async start(controller) {
        controller.enqueue(await self.bytes());
        controller.close();
      },
    });
  }
  async #consume() {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    let b = this.#bytes;
    if (b === null) return new Uint8Array(0);
    if (typeof Blob === 'function' && b instanceof Blob) b = new Uint8Array(await b.arrayBuffer());
    return b;
  }
  async bytes() { return new Uint8Array(await this.#consume()); }
  async arrayBuffer() {
    const b = await this.#consume();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  }
  async text() { return new TextDecoder().decode(await this.#consume()); }
  async json() { return JSON.parse(await this.text()); }
  async blob() {
    const b = await this.#consume();
    return new Blob([b], { type: this.headers.get('content-type') || '' });
  }
  async formData() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_IMPLEMENTED('Body.formData()');
  }
  _bytes() { return this.#bytes; }
}

class Request extends Body {
  #url; #method; #headers; #redirect; #signal;
  constructor(input, init = {}) {
    const from = input instanceof Request ? input : null;
    const [bytes, type] = init.body !== undefined ? extractBody(init.body) : [from ? from._bytes() : null, null];
    super(bytes);
    this.#url = from ? from.url : new URL(`${input}`).href;
    this.#method = `${init.method ?? (from ? from.method : 'GET')}`.toUpperCase();
    if ((this.#method === 'GET' || this.#method === 'HEAD') && bytes !== null) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    this.#headers = new Headers(init.headers ?? (from ? from.headers : undefined));
    if (type && !this.#headers.has('content-type')) this.#headers.set('content-type', type);
    this.#redirect = init.redirect ?? (from ? from.redirect : 'follow');
    this.#signal = init.signal ?? (from ? from.signal : null);
  }
  get url() { return this.#url; }
  get method() { return this.#method; }
  get headers() { return this.#headers; }
  get redirect() { return this.#redirect; }
  get signal() { return this.#signal; }
  clone() { return new Request(this); }
  get [Symbol.toStringTag]() { return 'Request'; }
}

const kReceived = Symbol('received');   // init key for a response that came off the wire

class Response extends Body {
  #status; #statusText; #headers; #url; #redirected; #type;
  constructor(body = null, init = {}) {
    const wire = init[kReceived];
    if (wire) {
      super(wire.bytes);
      this.#status = wire.status;
      this.#statusText = STATUS_TEXT[wire.status] || '';
      this.#headers = new Headers(wire.headers);
      this.#url = wire.url;
      this.#redirected = wire.redirected;
      this.#type = 'basic';
      return;
    }
    const [bytes, type] = extractBody(body);
    super(bytes);
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    if (bytes !== null && NULL_BODY_STATUS.has(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
    this.#status = status;
    this.#statusText = init.statusText ?? '';
    this.#headers = new Headers(init.headers);
    if (type && !this.#headers.has('content-type')) this.#headers.set('content-type', type);
    this.#url = init.url ?? '';
    this.#redirected = init.redirected ?? false;
    this.#type = 'default';
  }
  get status() { return this.#status; }
  get ok() { return this.#status >= 200 && this.#status <= 299; }
  get statusText() { return this.#statusText; }
  get headers() { return this.#headers; }
  get url() { return this.#url; }
  get redirected() { return this.#redirected; }
  get type() { return this.#type; }
  clone() {
    return new Response(this._bytes(), { status: this.#status, statusText: this.#statusText, headers: this.#headers });
  }
  static json(data, init = {}) {
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(JSON.stringify(data), { ...init, headers });
  }
  static error() {
    const r = new Response(null, { status: 200 });
    r.#type = 'error';
    r.#status = 0;
    return r;
  }
  static redirect(url, status = 302) {
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    return new Response(null, { status, headers: { location: new URL(url).href } });
  }
  get [Symbol.toStringTag]() { return 'Response'; }
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = new Request(input, init || {});
    } catch (e) {
      reject(e);
      return;
    }
    const signal = req.signal;
    if (signal && signal.aborted) {
      reject(signal.reason);
      return;
    }
    const scheme = req.url.slice(0, req.url.indexOf(':'));
    if (scheme !== 'http' && scheme !== 'https') {
      reject(new TypeError('fetch failed', { cause: new Error(`unknown scheme: ${scheme}`) }));
      return;
    }
    const flat = [];
    for (const [k, v] of req.headers) flat.push(k, v);
    let abortedWith;
    const onAbort = () => { abortedWith = signal.reason; reject(signal.reason); };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(req._bytes()).then(async (b) => {
      if (typeof Blob === 'function' && b instanceof Blob) b = new Uint8Array(await b.arrayBuffer());
      const ab = b === null ? null : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
      binding.send(req.method, req.url, flat, ab, req.redirect === 'follow', (err, status, headers, bb, url) => {
        if (signal) signal.removeEventListener('abort', onAbort);
        if (abortedWith !== undefined) return;
        if (err !== null) {
          reject(new TypeError('fetch failed', { cause: new Error(err) }));
          return;
        }
        if (req.redirect === 'error' && status >= 300 && status < 400) {
          reject(new TypeError('fetch failed', { cause: new Error('unexpected redirect') }));
          return;
        }
        const pairs = [];
        for (let i = 0; i < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
        const bytes = new Uint8Array(new ArrayBuffer(bb)).slice();
        resolve(new Response(null, { [kReceived]: { status, headers: pairs, bytes, url, redirected: url !== req.url } }));
      });
    }, reject);
  });
}

module.exports = { fetch, Headers, Request, Response };
