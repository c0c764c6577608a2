package dev.node4j.readline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** readline over in-memory streams: line splitting, the terminal editor's bytes, keypresses (values from Node 25). */
class ReadlineTest {
    static final ByteArrayOutputStream out = new ByteArrayOutputStream();
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
        return node.eval("(function(){ const require = (id) => globalThis[Symbol.for('node4j.require')]('node:' + id);"
                + "const readline = require('readline'); const { PassThrough, Writable } = require('stream');"
                + code + "})()").toString();
    }

    @Test
    void splitsLinesOnEveryEnding() {
        assertThat(js("const input = new PassThrough(); const rl = readline.createInterface({ input, crlfDelay: Infinity });"
                + "const lines = []; rl.on('line', (l) => lines.push(l));"
                + "input.write('a\\nb\\r\\nc\\r'); input.write('\\nd\\u2028e'); input.emit('end');"
                + "return JSON.stringify([lines, rl.closed]);"))
                .isEqualTo("[[\"a\",\"b\",\"c\",\"d\",\"e\"],true]");
    }

    @Test
    void terminalEditorWritesNodesEscapeSequences() {
        assertThat(js("const input = new PassThrough(); let data = '';"
                + "const output = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });"
                + "const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });"
                + "rl.prompt(); input.write('abc'); input.write('\\x1b[D'); input.write('X'); input.write('\\x7f');"
                + "return JSON.stringify([data, rl.line, rl.cursor]);"))
                .isEqualTo("[\"\\u001b[1G\\u001b[0J$ \\u001b[3Gabc\\u001b[1D\\u001b[1G\\u001b[0J$ abXc\\u001b[6G"
                        + "\\u001b[1G\\u001b[0J$ abc\\u001b[5G\",\"abc\",2]");
    }

    @Test
    void decodesKeypresses() {
        assertThat(js("const input = new PassThrough(); readline.emitKeypressEvents(input); const keys = [];"
                + "input.on('keypress', (s, k) => keys.push(k.name + (k.ctrl ? '+c' : '') + (k.meta ? '+m' : '') + (k.shift ? '+s' : '')));"
                + "input.write('aB\\x1b[A\\x1b[1;5D\\x05\\x1bf'); return keys.join(' ');"))
                .isEqualTo("a b+s up left+c e+c f+m");
    }

    @Test
    void cursorFunctionsAndPromisesReadline() {
        assertThat(js("let data = ''; const w = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });"
                + "readline.cursorTo(w, 2, 0); readline.moveCursor(w, -1, 2); readline.clearLine(w, 1);"
                + "readline.clearScreenDown(w); return JSON.stringify(data);"))
                .isEqualTo("\"\\u001b[1;3H\\u001b[1D\\u001b[2B\\u001b[0K\\u001b[0J\"");
        assertThat(js("return typeof require('readline/promises').Readline + ' ' + (readline.promises === require('readline/promises'));"))
                .isEqualTo("function true");
    }
}
