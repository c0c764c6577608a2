package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjsExportNamesTest {
    @Test
    void findsAssignmentsAndDefineProperty() {
        assertThat(CjsExportNames.of("""
                exports.a = 1; module.exports.b = 2; exports['c-d'] = 3;
                Object.defineProperty(exports, 'e', { get() {} });
                if (exports.a == 1) {}
                Object.defineProperty(exports, '__esModule', { value: true });
                """)).containsExactly("a", "b", "c-d", "__esModule");
    }

    /** As Node 25's lexer: values, and enumerable getters that only return x.y or x['y']. */
    @Test
    void definePropertyNeedsAValueOrAPlainGetter() {
        assertThat(CjsExportNames.of("""
                Object.defineProperty(exports, 'f', { enumerable: true, get() { return q.f; } });
                Object.defineProperty(exports, 'g', { enumerable: false, get: function () { return q.g; } });
                Object.defineProperty(exports, 'h', { enumerable: true, get: function () { return q['h']; } });
                Object.defineProperty(exports, 'i', { enumerable: true, value: 3 });
                Object.defineProperty(module.exports, 'j', { value: 3 });
                Object.defineProperty(exports, "k", { enumerable: true, get: function () { return q.a.b; } });
                Object.defineProperty(exports, 'l', { enumerable: true, get() { return 'l'; } });
                """)).containsExactly("f", "h", "i", "j");
    }

    @Test
    void commentsStringsTemplatesAndRegExpsAreNotCode() {
        assertThat(CjsExportNames.of("""
                // exports.commented = 1
                /* exports.block = 1; */
                const s = "exports.inString = 1", t = `exports.inTemplate = ${1}`;
                const r = /exports.inRegex = 1/, d = 4 / 2; exports.after = d / 1;
                exports.real = 1;
                """)).containsExactly("after", "real");
    }

    @Test
    void reexportsAreReportedForTheCallerToFollow() {
        var scan = CjsExportNames.scan("""
                "use strict";
                Object.defineProperty(exports, "__esModule", { value: true });
                exports.helper = exports.other = void 0;
                __exportStar(require("./lib"), exports);
                tslib_1.__exportStar(require('./more'), exports);
                """);
        assertThat(scan.names()).containsExactly("helper", "other", "__esModule");
        assertThat(scan.reexports()).containsExactly("./lib", "./more");
        assertThat(CjsExportNames.scan("module.exports = require('pkg');\n").reexports()).containsExactly("pkg");
        assertThat(CjsExportNames.scan("module.exports = require('pkg').sub;\n").reexports()).isEmpty();
        scan = CjsExportNames.scan("module.exports = { ...require('./a'), b, ...rest, c: d };");
        assertThat(scan.names()).containsExactly("b", "c");
        assertThat(scan.reexports()).containsExactly("./a");
    }

    @Test
    void objectLiteralStopsAtTheFirstNonIdentifierValue() {
        assertThat(CjsExportNames.of("module.exports = { x, y: z, 'w': q, n: 1, after };")).containsExactly("x", "y", "w");
    }

    @Test
    void objectLiteralSkipsComments() {
        assertThat(CjsExportNames.of("""
                module.exports = {
                  a,  // used once
                  /* block */ b: c,
                  d, get e() { return 1; },
                  f,
                };
                """)).containsExactly("a", "b", "d");
    }

    @Test
    void identifiersExcludeReservedWords() {
        assertThat(CjsExportNames.isIdentifier("default")).isFalse();
        assertThat(CjsExportNames.isIdentifier("$ok_1")).isTrue();
        assertThat(CjsExportNames.isIdentifier("c-d")).isFalse();
    }
}
