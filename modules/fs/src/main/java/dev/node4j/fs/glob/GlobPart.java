package dev.node4j.fs.glob;

import java.util.regex.Pattern;

/** One slash-separated part of a compiled glob: a literal name, {@code **}, or a name pattern. */
public sealed interface GlobPart {
    GlobPart GLOBSTAR = new Globstar();

    boolean test(String name);

    record Literal(String text) implements GlobPart {
        @Override
        public boolean test(String name) {
            return text.equals(name);
        }
    }

    record Globstar() implements GlobPart {
        @Override
        public boolean test(String name) {
            return true;
        }

        @Override
        public String toString() {
            return "**";
        }
    }

    /** A part with wildcards, matched against a whole name (never an empty one). */
    record Magic(String glob, Pattern regex) implements GlobPart {
        @Override
        public boolean test(String name) {
            return !name.isEmpty() && regex.matcher(name).matches();
        }
    }
}
