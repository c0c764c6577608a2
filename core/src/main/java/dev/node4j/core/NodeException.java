package dev.node4j.core;

/**
 * A Node-style error raised in Java: {@code code} and message as Node has them, and the JS
 * class to raise it as. Bindings throw it; {@link NodeEnv#toJs} turns it into the JS error.
 */
public class NodeException extends RuntimeException {
    private final String code;
    private final String jsClass;

    public NodeException(String jsClass, String code, String message) {
        super(message, null, false, false);
        this.code = code;
        this.jsClass = jsClass;
    }

    public String code() {
        return code;
    }

    /** "Error", "TypeError", "RangeError" or "SyntaxError". */
    public String jsClass() {
        return jsClass;
    }
}
