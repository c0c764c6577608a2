package dev.node4j.util;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeException;

/**
 * What JS cannot see of its own values. GraalJS has no public API for a promise's state or for
 * telling a Proxy apart, but its debug rendering of a value (what {@link Value#toString()} gives)
 * names both: {@code Promise{[[PromiseStatus]]: "resolved", [[PromiseValue]]: 1}} and
 * {@code Proxy(target, handler)}. That rendering never runs user code (no getters, no traps).
 * Also the Java side of util.MIMEType ({@link MimeSyntax}).
 */
public final class UtilBinding {
    private final NodeEnv env;

    UtilBinding(NodeEnv env) {
        this.env = env;
    }

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

    /** new MIMEType(s): [type, subtype, name, value, ...], or ERR_INVALID_MIME_SYNTAX. */
    @HostAccess.Export
    public String[] mimeParse(String input) {
        try {
            return MimeSyntax.parse(input).toArray(String[]::new);
        } catch (NodeException e) {
            throw env.toJs(e);
        }
    }

    /** The MIMEType type/subtype setters: the value in lower case, or ERR_INVALID_MIME_SYNTAX. */
    @HostAccess.Export
    public String mimeToken(String production, String value) {
        try {
            return MimeSyntax.checkToken(production, value);
        } catch (NodeException e) {
            throw env.toJs(e);
        }
    }

    /** MIMEParams.set's check of a name and value. */
    @HostAccess.Export
    public void mimeCheckParameter(String name, String value) {
        try {
            MimeSyntax.checkParameter(name, value);
        } catch (NodeException e) {
            throw env.toJs(e);
        }
    }

    /** MIMEParams.toString of the flat [name, value, ...] array {@code pairs}. */
    @HostAccess.Export
    public String mimeSerialize(Value pairs) {
        int size = (int) pairs.getArraySize();
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(pairs.getArrayElement(i).asString());
        }
        return MimeSyntax.serialize(list);
    }
}
