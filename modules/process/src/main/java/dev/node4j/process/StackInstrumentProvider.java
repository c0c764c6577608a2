package dev.node4j.process;

import java.util.List;

import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider;

/** How the engine finds {@link StackInstrument} (META-INF/services); written by hand, no DSL processor. */
@TruffleInstrument.Registration(id = StackInstrument.ID, name = "node4j stack",
        services = StackInstrument.Stacks.class)
public final class StackInstrumentProvider extends TruffleInstrumentProvider {
    @Override
    protected String getInstrumentClassName() {
        return StackInstrument.class.getName();
    }

    @Override
    protected Object create() {
        return new StackInstrument();
    }

    @Override
    protected List<String> getServicesClassNames() {
        return List.of(StackInstrument.Stacks.class.getName());
    }
}
