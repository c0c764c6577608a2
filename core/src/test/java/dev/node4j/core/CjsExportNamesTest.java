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
                """)).containsExactly("a", "b", "c-d", "e");
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
