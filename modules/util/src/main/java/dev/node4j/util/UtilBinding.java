package dev.node4j.util;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What JS cannot see of its own values. GraalJS has no public API for a promise's state or for
 * telling a Proxy apart, but its debug rendering of a value (what {@link Value#toString()} gives)
 * names both: {@code Promise{[[PromiseStatus]]: "resolved", [[PromiseValue]]: 1}} and
 * {@code Proxy(target, handler)}. That rendering never runs user code (no getters, no traps).
 */
public final class UtilBinding {
    private static final String PROMISE = "Promise{[[PromiseStatus]]: \"";
    private static final String VALUE = "[[PromiseValue]]: ";

    /** "pending", "fulfilled", "rejected", or null if {@code v} is not a promise. */
    @HostAccess.Export
    public String promiseState(Value v) {
        String s = v.toString();
        if (!s.startsWith(PROMISE)) {
            return null;
        }
        if (s.startsWith("resolved", PROMISE.length())) {
            return "fulfilled";
        }
        if (s.startsWith("rejected", PROMISE.length())) {
            return "rejected";
        }
        return "pending";
    }

    /** GraalJS's rendering of a settled promise's value (only primitives can be read back). */
    @HostAccess.Export
    public String promiseResultText(Value v) {
        String s = v.toString();
        int i = s.indexOf(VALUE);
        if (!s.startsWith(PROMISE) || i < 0 || !s.endsWith("}")) {
            return null;
        }
        return s.substring(i + VALUE.length(), s.length() - 1);
    }

    @HostAccess.Export
    public boolean isProxy(Value v) {
        Value meta = v.getMetaObject();
        return meta != null && "Proxy".equals(meta.getMetaSimpleName()) && v.toString().startsWith("Proxy(");
    }
}
