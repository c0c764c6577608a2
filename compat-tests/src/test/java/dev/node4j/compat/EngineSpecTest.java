package dev.node4j.compat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineSpecTest {

    @Test
    void nameEqualsCommandIsSplitOnSpaces(@TempDir Path repo) {
        EngineSpec e = EngineSpec.parse("mine=sh -e -u", repo);
        assertThat(e.name()).isEqualTo("mine");
        assertThat(e.command()).containsExactly("sh", "-e", "-u");
        assertThat(e.displayCommand()).isEqualTo("sh -e -u");
        assertThat(e.versionCommand()).containsExactly("sh", "-e", "-u", "--version");
        assertThat(e.isPresent()).isTrue();
        assertThat(e.isReference()).isFalse();
    }

    @Test
    void builtinsResolveAgainstTheRepo(@TempDir Path repo) {
        EngineSpec deno = EngineSpec.parse("deno", repo);
        assertThat(deno.command()).containsExactly(repo.resolve(".engines/deno/bin/deno").toString(),
                "run", "-A", "--unstable-detect-cjs", "--unstable-sloppy-imports");
        assertThat(deno.versionCommand()).containsExactly(repo.resolve(".engines/deno/bin/deno").toString(), "--version");
        assertThat(EngineSpec.parse("node4j", repo).command()).containsExactly(repo.resolve("bin/node4j").toString());
        assertThat(EngineSpec.parse("node25", repo).isReference()).isTrue();
        assertThat(EngineSpec.parse("node", repo).command()).containsExactly("node");
        assertThat(EngineSpec.builtins(repo)).extracting(EngineSpec::name)
                .containsExactly("node4j", "node", "node24", "node25", "bun", "deno", "llrt");
    }

    @Test
    void missingBinaryIsNotPresent(@TempDir Path repo) {
        assertThat(EngineSpec.parse("bun", repo).isPresent()).isFalse();
        assertThat(EngineSpec.parse("x=definitely-not-an-engine-4711", repo).isPresent()).isFalse();
        assertThat(EngineSpec.parse("x=./no/such/file", repo).isPresent()).isFalse();
    }

    @Test
    void rejectsUnknownBuiltinsAndEmptyCommands(@TempDir Path repo) {
        assertThatThrownBy(() -> EngineSpec.parse("spidermonkey", repo))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown engine");
        assertThatThrownBy(() -> EngineSpec.parse("x=", repo)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EngineSpec.parse("a b=sh", repo)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsParse() {
        Options o = Options.parse("--engine", "node25", "--engine=x=sh -c", "--jobs", "3", "--timeout=5",
                "--filter", "path/", "--check-reference", "--fail-on-failure");
        assertThat(o.engines).containsExactly("node25", "x=sh -c");
        assertThat(o.jobs).isEqualTo(3);
        assertThat(o.timeoutSeconds).isEqualTo(5);
        assertThat(o.filter).isEqualTo("path/");
        assertThat(o.checkReference).isTrue();
        assertThat(o.failOnFailure).isTrue();

        Options n = Options.parse("--node-tests", "--suite", "/tmp/node", "--modules", "buffer, fs,,events");
        assertThat(n.modules).isEqualTo(List.of("buffer", "fs", "events"));
        assertThatThrownBy(() -> Options.parse("--node-tests", "--modules", "fs"))
                .hasMessageContaining("--suite");
        assertThatThrownBy(() -> Options.parse("--jobs", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("--bogus")).hasMessageContaining("unknown argument");
    }
}
