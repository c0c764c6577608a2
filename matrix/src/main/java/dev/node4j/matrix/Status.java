package dev.node4j.matrix;

/** Status of one API (or one module) on one engine. */
public enum Status {
    /** Present, and every covering test passes (skips ignored, at least one pass). */
    SUPPORTED("supported", "✅", "S"),
    /** Present (or presence unknown), and at least one covering test fails or times out. */
    PARTIAL("partial", "⚠️", "P"),
    /** Present, but no covering test ran (none exist, or all were skipped). Never "supported". */
    UNTESTED("untested", "⬜", "U"),
    /** Not present on that engine (or, for a module, not loadable). */
    MISSING("missing", "❌", "-"),
    /** The engine has no surface file and no covering test: nothing is known. */
    UNKNOWN("unknown", "❔", "?");

    private final String id;
    private final String symbol;
    private final String letter;

    Status(String id, String symbol, String letter) {
        this.id = id;
        this.symbol = symbol;
        this.letter = letter;
    }

    /** Lower-case name used in matrix.json and the page. */
    public String id() { return id; }

    /** Symbol used in MATRIX.md. */
    public String symbol() { return symbol; }

    /** One ASCII character, used for the stdout summary and the page's compact data. */
    public String letter() { return letter; }
}
