package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {
    @TempDir
    Path root;
    Resolver r;
    String app;

    private Path write(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private String cjs(String request) {
        return r.resolve(request, app, Resolver.REQUIRE_CONDITIONS, null);
    }

    private String esm(String request) {
        return r.resolve(request, app, Resolver.IMPORT_CONDITIONS, app + "/main.mjs");
    }

    @BeforeEach
    void setUp() throws IOException {
        root = root.toRealPath();
        r = new Resolver(Set.of("fs", "fs/promises")::contains);
        app = root.resolve("app").toString();
        Files.createDirectories(root.resolve("app"));
    }

    @Test
    void builtinsWithAndWithoutPrefix() {
        assertThat(cjs("fs")).isEqualTo("node:fs");
        assertThat(cjs("node:fs/promises")).isEqualTo("node:fs/promises");
        assertThatThrownBy(() -> cjs("node:nope")).isInstanceOf(NodeException.class)
                .hasMessage("No such built-in module: node:nope");
    }

    @Test
    void relativeFilesTryExtensionsThenDirectories() throws IOException {
        Path a = write("app/a.js", "");
        Path j = write("app/data.json", "{}");
        Path idx = write("app/dir/index.js", "");
        Path main = write("app/lib/src/entry.js", "");
        write("app/lib/package.json", "{\"main\": \"src/entry\"}");
        assertThat(cjs("./a")).isEqualTo(a.toString());
        assertThat(cjs("./data")).isEqualTo(j.toString());
        assertThat(cjs("./dir")).isEqualTo(idx.toString());
        assertThat(cjs("./lib")).isEqualTo(main.toString());
        assertThat(cjs(a.toString())).isEqualTo(a.toString());
        assertThat(cjs("./missing")).isNull();
    }

    @Test
    void nodeModulesWalkUpwards() throws IOException {
        Path p = write("node_modules/dep/index.js", "");
        Path deeper = root.resolve("app/x/y");
        Files.createDirectories(deeper);
        assertThat(r.resolve("dep", deeper.toString(), Resolver.REQUIRE_CONDITIONS, null)).isEqualTo(p.toString());
    }

    @Test
    void conditionalExportsPickRequireOrImport() throws IOException {
        write("app/node_modules/pkg/package.json", """
                {"name": "pkg", "exports": {".": {"import": "./esm.mjs", "require": "./cjs.js"},
                 "./feature/*": "./lib/*.js", "./feature/internal/*": null}}""");
        Path c = write("app/node_modules/pkg/cjs.js", "");
        Path e = write("app/node_modules/pkg/esm.mjs", "");
        Path f = write("app/node_modules/pkg/lib/x.js", "");
        write("app/node_modules/pkg/lib/internal/y.js", "");
        assertThat(cjs("pkg")).isEqualTo(c.toString());
        assertThat(esm("pkg")).isEqualTo(e.toString());
        assertThat(cjs("pkg/feature/x")).isEqualTo(f.toString());
        Path pkgJson = root.resolve("app/node_modules/pkg/package.json");
        assertThatThrownBy(() -> cjs("pkg/cjs.js")).isInstanceOf(NodeException.class)
                .hasMessage("Package subpath './cjs.js' is not defined by \"exports\" in " + pkgJson)
                .extracting(ex -> ((NodeException) ex).code()).isEqualTo("ERR_PACKAGE_PATH_NOT_EXPORTED");
        assertThatThrownBy(() -> cjs("pkg/feature/internal/y")).isInstanceOf(NodeException.class);
    }

    @Test
    void packageImportsAndSelfReference() throws IOException {
        write("app/package.json", """
                {"name": "self", "type": "module", "exports": "./main.js", "imports": {"#util": "./util.js"}}""");
        Path util = write("app/util.js", "");
        Path main = write("app/main.js", "");
        assertThat(cjs("#util")).isEqualTo(util.toString());
        assertThat(cjs("self")).isEqualTo(main.toString());
        assertThatThrownBy(() -> cjs("#nope")).isInstanceOf(NodeException.class)
                .extracting(ex -> ((NodeException) ex).code()).isEqualTo("ERR_PACKAGE_IMPORT_NOT_DEFINED");
        assertThat(r.format(main.toString())).isEqualTo("module");
        assertThat(r.format(app + "/x.cjs")).isEqualTo("commonjs");
    }
}
