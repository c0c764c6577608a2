package dev.node4j.vm;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * Node's {@code vm}, the part that needs no second JS realm: running code in this context
 * ({@code runInThisContext}, {@code Script}, {@code compileFunction}). Pure JS over core's
 * {@code binding.evalScript}; no binding of its own.
 */
public final class VmModule implements NodeModule {
    @Override
    public String name() {
        return "vm";
    }

    @Override
    public List<String> ids() {
        return List.of("vm");
    }
}
