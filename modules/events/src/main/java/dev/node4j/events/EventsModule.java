package dev.node4j.events;

import dev.node4j.core.NodeModule;

import java.util.List;

/**
 * Node's {@code events} module: EventEmitter, EventTarget/Event/CustomEvent, AbortController/
 * AbortSignal and (when the engine lacks it) DOMException. All of it is JS: these are classes
 * users subclass, call with {@code this} and observe synchronously, so there is no Java binding.
 */
public final class EventsModule implements NodeModule {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<String> ids() {
        return List.of("events", "internal/event_target", "internal/abort_controller", "internal/events/once_on",
                "internal/events/async_resource", "internal/events/stock_emit");
    }

    @Override
    public List<GlobalSpec> globals() {
        // Non-enumerable on Node, like every Web class global.
        return List.of(
                GlobalSpec.of("EventTarget", "internal/event_target", "EventTarget"),
                GlobalSpec.of("Event", "internal/event_target", "Event"),
                GlobalSpec.of("CustomEvent", "internal/event_target", "CustomEvent"),
                GlobalSpec.of("AbortController", "internal/abort_controller", "AbortController"),
                GlobalSpec.of("AbortSignal", "internal/abort_controller", "AbortSignal"),
                GlobalSpec.of("DOMException", "internal/event_target", "DOMException"));
    }
}
