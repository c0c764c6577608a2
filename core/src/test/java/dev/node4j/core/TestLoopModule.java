package dev.node4j.core;

import java.util.List;

/** A test-only builtin exposing the loop's primitives, so core is testable without the timers module. */
public final class TestLoopModule implements NodeModule {
    @Override
    public String name() {
        return "testloop";
    }

    @Override
    public List<GlobalSpec> globals() {
        return List.of(GlobalSpec.of("testloop", "testloop", null));
    }
}
