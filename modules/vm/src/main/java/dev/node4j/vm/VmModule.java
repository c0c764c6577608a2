package dev.node4j.vm;

import java.util.List;

import dev.node4j.core.NodeModule;

/**
 * Node's {@code vm}: code run in this context ({@code runInThisContext}, {@code Script},
 * {@code compileFunction}) over core's {@code binding.evalScript}, and contexts of their own
 * ({@code createContext}, {@code runInContext}, {@code runInNewContext}) over core's new GraalJS
 * realms ({@code internal/vm/context}). Pure JS; no binding of its own.
 */
public final class VmModule implements NodeModule {
    @Override
    public String name() {
        return "vm";
    }

    @Override
    public List<String> ids() {
        return List.of("vm", "internal/vm/context");
    }
}
