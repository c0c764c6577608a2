package dev.node4j.nodetest;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * Node's test runner, {@code node:test} (package {@code nodetest}: the module is named "test").
 * Pure JS: tests, suites, hooks, the TestContext, mocks and the spec reporter all live in the facades.
 */
public final class TestModule implements NodeModule {
    @Override
    public String name() {
        return "test";
    }

    @Override
    public List<String> ids() {
        return List.of("test", "internal/test/mock", "internal/test/reporter");
    }

    /** As in Node, only {@code node:test}: a bare {@code 'test'} is an npm package. */
    @Override
    public List<String> schemeOnlyIds() {
        return List.of("test");
    }
}
