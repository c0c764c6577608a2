package dev.node4j.events;

import dev.node4j.core.NodeRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventEmitterTest {
    static ByteArrayOutputStream out = new ByteArrayOutputStream();
    static NodeRuntime node;

    @BeforeAll
    static void start() {
        node = NodeRuntime.builder().stdout(out).stderr(out).build();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String js(String code) {
        return node.eval("(function(){ const require = (id) => globalThis[Symbol.for('node4j.require')]('node:' + id);" + code + "})()").toString();
    }

    @Test
    void basicEmit() {
        assertThat(js("const EE = require('events'); const e = new EE(); const seen = [];"
                + "e.on('a', (x, y) => seen.push(x + y)); e.once('a', (x) => seen.push('once' + x));"
                + "const r1 = e.emit('a', 1, 2); const r2 = e.emit('a', 3, 4); const r3 = e.emit('b');"
                + "return [seen.join(), r1, r2, r3].join('|');"))
                .isEqualTo("3,once1,7|true|true|false");
    }

    @Test
    void errorSemantics() {
        assertThat(js("const EE = require('events'); const e = new EE(); const out = [];"
                + "try { e.emit('error', new Error('boom')); } catch (x) { out.push(x.message); }"
                + "try { e.emit('error', 'str'); } catch (x) { out.push(x.code, x.message, x.context); }"
                + "try { e.emit('error'); } catch (x) { out.push(x.message); }"
                + "e.on(EE.errorMonitor, (er) => out.push('monitor:' + er.message));"
                + "e.on('error', (er) => out.push('handled:' + er.message)); e.emit('error', new Error('z'));"
                + "return out.join('|');"))
                .isEqualTo("boom|ERR_UNHANDLED_ERROR|Unhandled error. ('str')|str|Unhandled error. (undefined)|monitor:z|handled:z");
    }

    @Test
    void listenerBookkeeping() {
        assertThat(js("const EE = require('events'); const e = new EE(); const s = Symbol('s'); const log = [];"
                + "e.on('newListener', (t) => log.push('new:' + String(t)));"
                + "e.on('removeListener', (t) => log.push('rm:' + String(t)));"
                + "const f = () => {}; const g = () => {};"
                + "e.on('a', f); e.prependListener('a', g); e.once(s, f); e.prependOnceListener('a', f);"
                + "const names = e.eventNames().map(String).join(',');"
                + "const cnt = [e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount(s, f), EE.listenerCount(e, 'a')].join(',');"
                + "const l = e.listeners('a').map((x) => x === f ? 'f' : x === g ? 'g' : '?').join('');"
                + "const raw = e.rawListeners('a')[0].listener === f;"
                + "e.off('a', f); e.removeAllListeners(s);"
                + "return [names, cnt, l, raw, e.listenerCount('a'), log.join(' ')].join('|');"))
                .isEqualTo("newListener,removeListener,a,Symbol(s)|3,2,1,3|fgf|true|2|"
                        + "new:removeListener new:a new:a new:Symbol(s) new:a rm:a rm:Symbol(s)");
    }

    @Test
    void callInheritsAndMaxListeners() {
        assertThat(js("const EE = require('events');"
                + "function My() { EE.call(this); } Object.setPrototypeOf(My.prototype, EE.prototype); Object.setPrototypeOf(My, EE);"
                + "const m = new My(); let got; m.on('x', (v) => { got = v; }); m.emit('x', 5);"
                + "const out = [got, m.getMaxListeners(), EE.defaultMaxListeners];"
                + "try { EE.defaultMaxListeners = -1; } catch (x) { out.push(x.code); }"
                + "try { m.setMaxListeners('a'); } catch (x) { out.push(x.message); }"
                + "m.setMaxListeners(3); out.push(m.getMaxListeners(), EE.getMaxListeners(m));"
                + "return out.join('|');"))
                .isEqualTo("5|10|10|ERR_OUT_OF_RANGE|The \"setMaxListeners\" argument must be of type number. Received type string ('a')|3|3");
    }

    @Test
    void staticOnceAndOn() {
        node.eval("globalThis.result = ''; (async () => {"
                + " const EE = globalThis[Symbol.for('node4j.require')]('node:events'); const e = new EE();"
                + " const p = EE.once(e, 'go'); e.emit('go', 1, 2); const v = await p; result += v.join(',');"
                + " const it = EE.on(e, 'tick'); e.emit('tick', 'a'); e.emit('tick', 'b');"
                + " for await (const [x] of it) { result += x; if (x === 'b') break; }"
                + " result += ':' + e.listenerCount('tick');"
                + " const ac = new AbortController(); const p2 = EE.once(e, 'never', { signal: ac.signal }); ac.abort();"
                + " try { await p2; } catch (err) { result += ':' + err.name + ':' + err.code; }"
                + " const p3 = EE.once(e, 'x'); e.emit('error', new Error('E')); try { await p3; } catch (err) { result += ':' + err.message; }"
                + "})()");
        node.runLoop();
        assertThat(node.eval("result").asString()).isEqualTo("1,2ab:0:AbortError:ABORT_ERR:E");
    }

    @Test
    void captureRejections() {
        node.eval("globalThis.cr = ''; { const EE = globalThis[Symbol.for('node4j.require')]('node:events');"
                + " const e = new EE({ captureRejections: true });"
                + " e.on('x', async () => { throw new Error('rej'); });"
                + " e.on('error', (err) => { cr += 'err:' + err.message; });"
                + " const e2 = new EE({ captureRejections: true });"
                + " e2[EE.captureRejectionSymbol] = (err, type, arg) => { cr += '|sym:' + err.message + ':' + type + ':' + arg; };"
                + " e2.on('y', async () => { throw new Error('r2'); });"
                + " e.emit('x'); e2.emit('y', 7); }");
        node.runLoop();
        assertThat(node.eval("cr").asString()).isEqualTo("err:rej|sym:r2:y:7");
    }

    @Test
    void eventTarget() {
        assertThat(js("const et = new EventTarget(); const log = [];"
                + "const h = { handleEvent(e) { log.push('h:' + e.type + ':' + (this === h)); } };"
                + "et.addEventListener('a', (e) => { log.push('1:' + (e.target === et) + e.eventPhase); e.stopImmediatePropagation(); });"
                + "et.addEventListener('a', () => log.push('never'));"
                + "et.addEventListener('b', h); et.addEventListener('b', h, { once: true });"
                + "et.dispatchEvent(new Event('a')); et.dispatchEvent(new Event('b')); et.dispatchEvent(new Event('b'));"
                + "const ce = new CustomEvent('c', { detail: { n: 1 } });"
                + "const c = new Event('k', { cancelable: true }); et.addEventListener('k', (e) => e.preventDefault());"
                + "log.push(et.dispatchEvent(c), c.defaultPrevented, ce.detail.n, Object.prototype.toString.call(ce));"
                + "log.push(require('events').getEventListeners(et, 'b').length);"
                + "return log.join('|');"))
                .isEqualTo("1:true2|h:b:true|h:b:true|false|true|1|[object CustomEvent]|1");
    }

    @Test
    void abortController() {
        assertThat(js("const ac = new AbortController(); const log = [];"
                + "ac.signal.onabort = (e) => log.push('on:' + e.type + ':' + e.isTrusted);"
                + "ac.signal.addEventListener('abort', () => log.push('listener'));"
                + "const any = AbortSignal.any([ac.signal, new AbortController().signal]);"
                + "any.addEventListener('abort', () => log.push('any'));"
                + "ac.abort(); ac.abort();"
                + "const r = ac.signal.reason; log.push(r instanceof DOMException, r instanceof Error, r.name, r.code, r.message, any.reason === r);"
                + "try { ac.signal.throwIfAborted(); } catch (e) { log.push(e === r); }"
                + "const s = AbortSignal.abort('why'); log.push(s.aborted, s.reason);"
                + "try { new AbortSignal(); } catch (e) { log.push(e.code); }"
                + "return log.join('|');"))
                .isEqualTo("on:abort:true|listener|any|true|true|AbortError|20|This operation was aborted|true|true|true|why|ERR_ILLEGAL_CONSTRUCTOR");
    }

    @Test
    void domException() {
        assertThat(js("const d = new DOMException('msg', 'TimeoutError'); const d2 = new DOMException('m', { name: 'X', cause: 1 });"
                + "return [d.name, d.code, d.message, String(d), d.stack.split('\\n')[0], Object.prototype.toString.call(d), d2.name, d2.code, d2.cause,"
                + " DOMException.ABORT_ERR, Object.keys(d).length].join('|');"))
                .isEqualTo("TimeoutError|23|msg|TimeoutError: msg|TimeoutError: msg|[object DOMException]|X|0|1|20|0");
    }

    @Test
    void globalsAreNotEnumerable() {
        assertThat(js("return ['EventTarget','Event','CustomEvent','AbortController','AbortSignal','DOMException']"
                + ".map((n) => Object.getOwnPropertyDescriptor(globalThis, n).enumerable).join(',');"))
                .isEqualTo("false,false,false,false,false,false");
    }

    @Test
    void abortSignalAnyMarksDependantsBeforeFiring() {
        assertThat(js("const a = new AbortController(); const any = AbortSignal.any([a.signal]); const any2 = AbortSignal.any([any]);"
                + "const log = []; a.signal.addEventListener('abort', () => log.push('src:' + any.aborted + any2.aborted));"
                + "any.addEventListener('abort', () => log.push('any')); any2.addEventListener('abort', () => log.push('any2:' + any2.reason));"
                + "a.abort('r'); return log.join('|');"))
                .isEqualTo("src:truetrue|any|any2:r");
    }

    @Test
    void staticHelpersOnEventTargets() {
        assertThat(js("const EE = require('events'); const et = new EventTarget(); const f = () => {};"
                + "et.addEventListener('x', f); et.addEventListener('x', f); EE.setMaxListeners(4, et);"
                + "const out = [EE.listenerCount(et, 'x'), EE.getEventListeners(et, 'x')[0] === f, EE.getMaxListeners(et)];"
                + "try { EE.getMaxListeners({}); } catch (e) { out.push(e.code); }"
                + "return out.join('|');"))
                .isEqualTo("1|true|4|ERR_INVALID_ARG_TYPE");
    }
}
