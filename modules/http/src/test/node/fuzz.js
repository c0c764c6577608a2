// Random mutations of seed messages, split at random: node fuzz.js SEED COUNT [bytes] > cases.json,
// then node --expose-internals gen.js ./cases.json > fuzz.jsonl and run NodeCasesTest with
// -Dllhttp.cases=fuzz.jsonl. ("bytes" also inserts random bytes and makes more edits.)
const seeds = [
  ['request', 'GET /a?b=c#d HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\nUpgrade: ws\r\n\r\n'],
  ['request', 'POST /p HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5;a="b"\r\nhello\r\n0\r\nT: v\r\n\r\n'],
  ['request', 'POST /p HTTP/1.0\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcGET / HTTP/1.1\r\n\r\n'],
  ['request', 'CONNECT h:1 HTTP/1.1\r\nProxy-Connection: keep-alive\r\n\r\n'],
  ['request', 'M-SEARCH * HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\nGET http://u@h/x HTTP/1.1\r\n\r\n'],
  ['response', 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'],
  ['response', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nab\r\n0\r\nA: b\r\n\r\nHTTP/1.1 204 No\r\n\r\n'],
  ['response', 'HTTP/1.0 101 Switching\r\nConnection: upgrade\r\nUpgrade: x\r\n\r\nzz'],
  ['request', 'GET / HTTP/1.1\r\nX: a\r\n b\r\nTransfer-Encoding: chunked\r\n\r\n1;q="a\\"b";c=d\r\nx\r\n0\r\n\r\n'],
  ['request', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
  ['request', 'OPTIONS * RTSP/1.0\r\nContent-Length: 0\r\n\r\nSOURCE / ICE/1.0\r\n\r\n'],
  ['response', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n1\r\na\r\n0\r\n\r\n'],
  ['response', 'HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\nbody'],
];
const alphabet = ['\r', '\n', ' ', '\t', ':', ';', ',', '"', '\\', '=', '0', '1', 'f', 'z', 'A', '/', '?', '#', '@', '\x00', '\x01', '\x7f', '\xe9', 'chunked', 'close', 'Content-Length: 2\r\n', 'Transfer-Encoding: chunked\r\n', 'Connection: close\r\n', 'Upgrade: a\r\n', 'HTTP/1.1', ' HTTP/1.0\r\n'];
let seed = Number(process.argv[2] || 1);
const randomBytes = process.argv[4] === 'bytes';
// mulberry32
const rnd = (n) => {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
const cases = [];
for (let i = 0; i < Number(process.argv[3] || 3000); i++) {
  const [kind, base] = seeds[rnd(seeds.length)];
  let s = base;
  const edits = 1 + rnd(randomBytes ? 6 : 3);
  for (let e = 0; e < edits; e++) {
    const at = rnd(s.length + 1);
    const op = rnd(3);
    const piece = randomBytes && rnd(2) ? String.fromCharCode(rnd(256)) : alphabet[rnd(alphabet.length)];
    if (op === 0) s = s.slice(0, at) + piece + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + 1 + rnd(3));
    else s = s.slice(0, at) + piece + s.slice(at + piece.length);
  }
  const chunks = [];
  let rest = s;
  while (rest.length && rnd(3) > 0 && chunks.length < 3) { const cut = rnd(rest.length); chunks.push(rest.slice(0, cut)); rest = rest.slice(cut); }
  chunks.push(rest);
  const opts = {};
  if (rnd(4) === 0) opts.lenient = true;
  if (rnd(3) === 0) opts.finish = true;
  if (rnd(5) === 0) opts.max = 10 + rnd(60);
  if (kind === 'response' && rnd(6) === 0) opts.skip = 1;
  cases.push({ name: 'fuzz ' + i, kind, chunks, opts });
}
console.log(JSON.stringify(cases));
