package dev.node4j.asserts;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * (Package {@code asserts}: {@code assert} is a Java keyword.)
 * Node's {@code assert} and {@code assert/strict}, plus {@code internal/comparisons} (the deep-equality
 * algorithms util re-exports). Pure JS: the work is inspecting JS values, so there is no Java binding.
 */
public final class AssertModule implements NodeModule {
    @Override
    public String name() {
        return "assert";
    }

    @Override
    public List<String> ids() {
        return List.of("assert", "assert/strict", "internal/comparisons",
                "internal/assert/assertion_error", "internal/assert/inspect",
                "internal/assert/myers_diff", "internal/assert/call_site", "internal/assert/partial");
    }
}
