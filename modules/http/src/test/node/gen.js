// Runs each case through Node's own HTTPParser (llhttp) and prints it with Node's results as JSONL:
//   node --expose-internals gen.js ./cases.js > ../resources/dev/node4j/http/llhttp-cases.jsonl
// (NodeCasesTest compares MessageParser with these; -Dllhttp.cases=other.jsonl runs another file.)
const { HTTPParser } = require('_http_common');
const { allMethods: methods } = require('internal/test/binding').internalBinding('http_parser');
function run(kind, chunks, opts) {
  const p = new HTTPParser();
  const ev = [];
  let pending = [], pendingUrl = '', headSeen = false;
  p.initialize(kind === 'request' ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {}, opts.max || 0, opts.lenient ? 1023 : 0);
  p[HTTPParser.kOnHeaders] = (h, url) => { if (headSeen) ev.push(['trailers', h]); else { pending.push(...h); pendingUrl += url; } };
  p[HTTPParser.kOnHeadersComplete] = (maj, min, h, method, url, status, msg, upg, ka) => {
    ev.push(['head', maj, min, h ?? pending, method === undefined ? null : methods[method], kind === 'request' ? (url ?? pendingUrl) : null, status ?? 0, msg ?? null, upg, ka]);
    headSeen = true; pending = []; pendingUrl = '';
    return opts.skip || 0;
  };
  p[HTTPParser.kOnBody] = (b) => ev.push(['body', b.toString('latin1')]);
  p[HTTPParser.kOnMessageComplete] = () => { ev.push(['complete']); headSeen = false; };
  const res = [];
  for (const c of chunks) {
    const r = p.execute(Buffer.from(c, 'latin1'));
    if (r instanceof Error) { res.push({ code: r.code, reason: r.reason, bytesParsed: r.bytesParsed }); break; }
    res.push(r);
  }
  if (opts.finish && !(res.at(-1) instanceof Object)) {
    const f = p.finish();
    res.push(f instanceof Error ? { code: f.code, reason: f.reason, bytesParsed: f.bytesParsed } : 'finish');
  }
  return { ev, res };
}
const cases = require(process.argv[2]);
for (const c of cases) {
  const opts = c.opts || {};
  const chunks = c.chunks || [c.input];
  console.log(JSON.stringify({ name: c.name, kind: c.kind, opts, chunks, expected: run(c.kind, chunks, opts) }));
}
