package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModuleRegistryTest {
    record Fake(String name, List<String> ids) implements NodeModule {
    }

    @Test
    void findsModulesOnTheClassPath() {
        ModuleRegistry r = ModuleRegistry.fromClassPath();
        assertThat(r.byId("module")).isInstanceOf(CoreModules.class);
        assertThat(r.byName("testloop")).isInstanceOf(TestLoopModule.class);
        assertThat(r.globals()).extracting(NodeModule.GlobalSpec::name).contains("testloop");
    }

    @Test
    void publicIdsAreSortedAndHideInternals() {
        ModuleRegistry r = ModuleRegistry.of(new Fake("b", List.of("b", "b/sub")), new Fake("a", List.of("a", "internal/a")));
        assertThat(r.publicIds()).containsExactly("a", "b", "b/sub");
        assertThat(r.isPublic("internal/a")).isFalse();
        assertThat(r.byId("b/sub").name()).isEqualTo("b");
    }

    record SchemeOnly(String name, List<String> ids) implements NodeModule {
        @Override
        public List<String> schemeOnlyIds() {
            return List.of(name);
        }
    }

    @Test
    void schemeOnlyIdsAreNotBuiltinModules() {
        ModuleRegistry r = ModuleRegistry.of(new SchemeOnly("test", List.of("test")), new Fake("fs", List.of("fs")));
        assertThat(r.publicIds()).containsExactly("fs");
        assertThat(r.isPublic("test")).isFalse();
        assertThat(r.isSchemeOnly("test")).isTrue();
    }

    @Test
    void rejectsTwoModulesServingOneId() {
        assertThatThrownBy(() -> ModuleRegistry.of(new Fake("x", List.of("fs")), new Fake("y", List.of("fs"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fs'");
    }

    @Test
    void handComposedRegistryLimitsWhatProgramsCanRequire() {
        ModuleRegistry only = ModuleRegistry.of(new CoreModules());
        try (NodeRuntime node = NodeRuntime.builder().modules(only).build()) {
            assertThat(node.eval("typeof testloop").asString()).isEqualTo("undefined");
        }
    }
}
