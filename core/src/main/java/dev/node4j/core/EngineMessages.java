package dev.node4j.core;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * V8's words for runtime errors GraalJS raises with other words ("Cannot read property 'x' of
 * undefined" is V8's "Cannot read properties of undefined (reading 'x')"), and where V8 puts the
 * caret of the source excerpt Node prints above an uncaught error. Several V8 messages quote the
 * failing expression's source ("n is not iterable" where GraalJS prints the value), so rules read
 * the source text of the failing expression ({@link Site}). A rule whose expected shape does not
 * fit the site does not apply: a user's own {@code new TypeError("Cannot read property ...")}
 * sits on a {@code new} expression and keeps its words.
 */
final class EngineMessages {
    /** V8's message, and the index in the source the caret points at (-1: the site's start). */
    record V8(String message, int caret) {}

    /** The failing expression: the whole source text and the expression's [start, end). */
    record Site(CharSequence source, int start, int end) {
        String text() {
            return source.subSequence(start, end).toString();
        }
    }

    private record Rule(String name, Pattern graal, BiFunction<Matcher, Site, V8> v8) {}

    private static final String ID = "[A-Za-z_$][\\w$]*";
    private static final Pattern CHAIN = Pattern.compile(ID + "(?:\\s*(?:\\?\\.|\\.)\\s*" + ID + ")*");
    private static final Pattern LITERAL = Pattern.compile("null|undefined|true|false|-?\\d[\\w.]*|\\{\\s*}|\\[\\s*]");
    private static final Pattern ENDS_WITH_NAME = Pattern.compile("(?s).*(?:\\?\\.|\\.)\\s*(" + ID + ")$");

    private static final List<Rule> RULES = List.of(
        new Rule("TypeError", Pattern.compile("Cannot read property '(.*)' of (undefined|null)"), EngineMessages::read),
        new Rule("TypeError", Pattern.compile("Cannot set property '(.*)' of (undefined|null)"), (m, s) ->
            new V8("Cannot set properties of " + m.group(2) + " (setting '" + m.group(1) + "')", assignOperator(s))),
        new Rule("TypeError", Pattern.compile("Assignment to constant \"(" + ID + ")\""), (m, s) ->
            new V8("Assignment to constant variable.", afterName(s, m.group(1)))),
        new Rule("TypeError", Pattern.compile("(.*) is not a constructor"), EngineMessages::notConstructor),
        new Rule("TypeError", Pattern.compile("(.*) is not a function"), EngineMessages::notFunction),
        new Rule("TypeError", Pattern.compile("(.*) is not iterable"), (m, s) -> notIterable(s)),
        new Rule("TypeError", Pattern.compile("Cannot mix BigInt and other types, use explicit conversions\\."), (m, s) ->
            new V8("Cannot mix BigInt and other types, use explicit conversions", binaryOperator(s))),
        new Rule("TypeError", Pattern.compile("Cannot convert a BigInt value to a number"), (m, s) -> {
            int op = binaryOperator(s);   // "1n + 1" (V8: mix); "+1n" and Math.max(1n) keep these words
            return op < 0 ? null : new V8("Cannot mix BigInt and other types, use explicit conversions", op);
        }),
        new Rule("TypeError", Pattern.compile("Cannot (read|write) private member (#" + ID + ") (from|to) an object whose class did not declare it\\."),
            (m, s) -> new V8(m.group(0).substring(0, m.group(0).length() - 1), -1)),
        new Rule("TypeError", Pattern.compile("Right-hand-side of instanceof is not (an object|callable)"), (m, s) ->
            new V8("Right-hand side of 'instanceof' is not " + m.group(1), -1)),
        new Rule("TypeError", Pattern.compile("(?:handler|target) expected to be an object"), (m, s) ->
            new V8("Cannot create proxy with a non-object as target or handler", -1)),
        new Rule("RangeError", Pattern.compile("toFixed\\(\\) fraction digits need to be in range 0-100"), (m, s) ->
            new V8("toFixed() digits argument must be between 0 and 100", -1)),
        new Rule("RangeError", Pattern.compile("toString\\(\\) expects radix in range 2-36"), (m, s) ->
            new V8("toString() radix argument must be between 2 and 36", -1)),
        new Rule("RangeError", Pattern.compile("time value is not a finite number"), (m, s) ->
            new V8("Invalid time value", -1)));

    private EngineMessages() {}

    /**
     * V8's message for an error named {@code name} with GraalJS's {@code message}, raised at
     * {@code site}; null when no rule applies (a message already in V8's words, or not the engine's).
     */
    static V8 toV8(String name, String message, Site site) {
        if (site == null || site.start() < 0 || site.end() > site.source().length()) return null;
        if (site.text().startsWith("new ") && !message.endsWith(" is not a constructor")) return null;
        for (Rule r : RULES) {
            if (!r.name().equals(name)) continue;
            Matcher m = r.graal().matcher(message);
            if (m.matches()) return r.v8().apply(m, site);
        }
        return null;
    }

    /**
     * True for errors GraalJS locates in the function called where V8 locates them at the call
     * ("Class constructor A cannot be invoked without 'new'": GraalJS points at class A).
     */
    static boolean locatedInCallee(String name, String message) {
        return "TypeError".equals(name) && message.startsWith("Class constructor ")
                && message.endsWith(" cannot be invoked without 'new'");
    }

    // ---- rules -------------------------------------------------------------------------------

    private static V8 read(Matcher m, Site s) {
        String prop = m.group(1);
        String of = m.group(2);
        if (prop.equals("Symbol(Symbol.iterator)")) return notIterable(s);   // for-of / spread over null
        String reading = "Cannot read properties of " + of + " (reading '" + prop + "')";
        String text = s.text();
        if (text.equals(prop)) {   // a destructuring pattern's property
            String from = destructuredExpression(s);
            return new V8(from == null ? reading
                    : "Cannot destructure property '" + prop + "' of '" + from + "' as it is " + of + ".", -1);
        }
        Matcher name = ENDS_WITH_NAME.matcher(text);
        if (name.matches()) return new V8(reading, s.start() + namePosition(text, name.start(1)));
        if (text.endsWith("]")) {
            int open = openerOf(text, text.length() - 1);
            return new V8(reading, open < 0 ? -1 : s.start() + open);
        }
        return null;
    }

    private static V8 notConstructor(Matcher m, Site s) {
        String text = s.text();
        if (!text.startsWith("new")) return null;
        String callee = text.substring(3).strip();
        int args = topLevel(callee, '(');
        if (args >= 0) callee = callee.substring(0, args).strip();
        if (!CHAIN.matcher(callee).matches()) return null;
        return new V8(callee.replaceAll("\\s+", "") + " is not a constructor", -1);
    }

    /** GraalJS quotes the callee as V8 does, but a computed name keeps its brackets: o["f"]. */
    private static V8 notFunction(Matcher m, Site s) {
        String callee = m.group(1).replaceAll("\\[\"(" + ID + ")\"]", ".$1");
        String text = s.text();
        int caret = -1;
        if (text.endsWith(")")) {
            int args = openerOf(text, text.length() - 1);
            if (args > 0) {
                String fn = text.substring(0, args).stripTrailing();
                Matcher name = ENDS_WITH_NAME.matcher(fn);
                if (name.matches()) caret = s.start() + namePosition(fn, name.start(1));
                else if (!fn.matches(ID)) caret = s.start() + args;
            }
        }
        if (callee.equals(m.group(1)) && caret < 0) return null;
        return new V8(callee + " is not a function", caret);
    }

    /** V8 names the iterable by its source: "n is not iterable", where GraalJS prints n's value. */
    private static V8 notIterable(Site s) {
        String text = s.text();
        int from;
        if (text.startsWith("...")) {
            from = 3;
            if (enclosingOpener(s.source(), s.start()) != '[') {
                V8 at = iterable(text.substring(from), s.start() + from);
                return new V8("Spread syntax requires ...iterable[Symbol.iterator] to be a function",
                        at == null ? s.start() + from : at.caret());
            }
        } else if (text.startsWith("for")) {
            int open = text.indexOf('(');
            int close = open < 0 ? -1 : closerOf(text, open);
            if (close < 0) return null;
            Matcher of = Pattern.compile("\\sof\\s").matcher(text.substring(0, close));
            int at = -1;
            while (of.find()) if (depthAt(text, of.start()) == 1) at = of.end();
            if (at < 0) return null;
            return iterable(text.substring(at, close), s.start() + at);
        } else if (text.startsWith("[")) {
            int eq = assignOperator(s);
            if (eq < 0) return null;
            from = eq - s.start() + 1;
        } else {
            return null;
        }
        return iterable(text.substring(from), s.start() + from);
    }

    private static V8 iterable(String expr, int at) {
        int lead = expr.length() - expr.stripLeading().length();
        String e = expr.strip();
        while (e.startsWith("(") && closerOf(e, 0) == e.length() - 1) {
            lead += 1 + (e.length() - 1 - e.substring(1).stripLeading().length());
            e = e.substring(1, e.length() - 1).strip();
        }
        if (!CHAIN.matcher(e).matches() && !LITERAL.matcher(e).matches()) return null;
        Matcher name = ENDS_WITH_NAME.matcher(e);
        int caret = at + lead + (name.matches() ? namePosition(e, name.start(1)) : 0);
        return new V8(e.replaceAll("\\s+", "") + " is not iterable", caret);
    }

    // ---- source helpers ------------------------------------------------------------------------

    /**
     * For {@code const { a, b } = expr} (or {@code let}/{@code var}/{@code ({ a } = expr)}) with
     * the site on shorthand property {@code a}: expr's text, if V8 would quote it; else null.
     */
    private static String destructuredExpression(Site s) {
        CharSequence src = s.source();
        int after = skipSpace(src, s.end());
        if (after >= src.length() || (src.charAt(after) != ',' && src.charAt(after) != '}')) return null;
        int open = s.start() - 1;
        int depth = 0;
        for (; open >= 0; open--) {
            char c = src.charAt(open);
            if (c == '}' || c == ']' || c == ')') depth++;
            else if (c == '{' || c == '[' || c == '(') {
                if (depth == 0) break;
                depth--;
            }
        }
        if (open < 0 || src.charAt(open) != '{') return null;
        String before = src.subSequence(Math.max(0, open - 6), open).toString().stripTrailing();
        boolean paren = before.endsWith("(");
        if (!paren && !before.matches("(?s).*\\b(const|let|var)$")) return null;
        int close = closerOf(src, open);
        if (close < 0) return null;
        int eq = skipSpace(src, close + 1);
        if (eq >= src.length() || src.charAt(eq) != '=' || (eq + 1 < src.length() && "=>".indexOf(src.charAt(eq + 1)) >= 0)) {
            return null;
        }
        int end = eq + 1;
        int d = 0;
        for (; end < src.length(); end++) {
            char c = src.charAt(end);
            if (c == '(' || c == '[' || c == '{') d++;
            else if (c == ')' || c == ']' || c == '}') {
                if (d == 0) break;
                d--;
            } else if (d == 0 && (c == ';' || c == ',' || c == '\n')) break;
        }
        return v8Text(src.subSequence(eq + 1, end).toString().strip());
    }

    /**
     * Where V8 puts a property access {@code ... .name} ({@code name} at index {@code at} of
     * {@code t}): at the name, or at the dot when the access follows a call or an optional chain.
     */
    private static int namePosition(String t, int at) {
        int dot = t.lastIndexOf('.', at);
        String before = t.substring(0, Math.max(0, dot));
        if (before.startsWith("new ")) return at;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(before, i);
            } else if (depthAt(before, i) == 0 && ((c == '?' && i + 1 < before.length() && before.charAt(i + 1) == '.')
                    || (c == '(' && operandEndsBefore(before, i)))) {
                return dot;
            }
        }
        return at;
    }

    /**
     * How V8 quotes an expression in a message: a name chain as it is, a call of one as
     * {@code f(...)}, an awaited value as {@code (intermediate value)}; null for other shapes.
     */
    private static String v8Text(String expr) {
        if (CHAIN.matcher(expr).matches() || LITERAL.matcher(expr).matches()) return expr.replaceAll("\\s+", "");
        if (expr.startsWith("await ") || expr.startsWith("await(")) return "(intermediate value)";
        if (expr.endsWith(")")) {
            int args = openerOf(expr, expr.length() - 1);
            String callee = args > 0 ? expr.substring(0, args).strip() : "";
            if (CHAIN.matcher(callee).matches()) return callee.replaceAll("\\s+", "") + "(...)";
        }
        return null;
    }

    /** Index (in the source) of the first '=' assignment operator at the site's top level, or -1. */
    private static int assignOperator(Site s) {
        String t = s.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(t, i);
            } else if (c == '=' && depthAt(t, i) == 0) {
                char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                char prev = i > 0 ? t.charAt(i - 1) : ' ';
                if (next != '=' && next != '>' && "=!<>".indexOf(prev) < 0) return s.start() + i;
            }
        }
        return -1;
    }

    /** Where V8 points for an assignment to the constant {@code name}: its operator. */
    private static int afterName(Site s, String name) {
        String t = s.text();
        if (!t.startsWith(name) || t.length() == name.length()) return -1;
        int op = skipSpace(t, name.length());
        return op < t.length() ? s.start() + op : -1;
    }

    private static final String[][] BINARY = {   // lowest precedence first
        {"|"}, {"^"}, {"&"}, {"<<", ">>>", ">>"}, {"+", "-"}, {"*", "/", "%"}, {"**"}};

    /** Index (in the source) of the operator of the binary expression at the site, or -1. */
    private static int binaryOperator(Site s) {
        String t = s.text();
        for (String[] level : BINARY) {
            int found = -1;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\'' || c == '"' || c == '`') {
                    i = skipString(t, i);
                    continue;
                }
                if (depthAt(t, i) != 0) continue;
                for (String op : level) {
                    if (!t.startsWith(op, i) || !operandEndsBefore(t, i)) continue;
                    char next = i + op.length() < t.length() ? t.charAt(i + op.length()) : ' ';
                    if (next == '=' || (op.length() == 1 && (next == c || (c == '*' && next == '*')))
                            || (op.equals(">>") && next == '>')) continue;
                    found = i;
                    if (op.equals("**")) return s.start() + i;   // right-associative: the first
                    i += op.length() - 1;
                    break;
                }
            }
            if (found >= 0) return s.start() + found;   // left-associative: the last
        }
        return -1;
    }

    /** True when an operand ends before index i (so an operator at i is binary, not unary). */
    private static boolean operandEndsBefore(String t, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(t.charAt(j))) j--;
        if (j < 0) return false;
        char c = t.charAt(j);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == ')' || c == ']' || c == '\'' || c == '"' || c == '`';
    }

    /** Bracket depth of index i within t (strings skipped), counting from t's start. */
    private static int depthAt(CharSequence t, int i) {
        int d = 0;
        for (int k = 0; k < i; k++) {
            char c = t.charAt(k);
            if (c == '\'' || c == '"' || c == '`') k = skipString(t, k);
            else if (c == '(' || c == '[' || c == '{') d++;
            else if (c == ')' || c == ']' || c == '}') d--;
        }
        return d;
    }

    /** First index of {@code c} at depth 0, or -1. */
    private static int topLevel(String t, char c) {
        for (int i = 0; i < t.length(); i++) {
            char x = t.charAt(i);
            if (x == '\'' || x == '"' || x == '`') i = skipString(t, i);
            else if (x == c && depthAt(t, i) == 0) return i;
        }
        return -1;
    }

    /** The index of the bracket that {@code open} opens, or -1. */
    private static int closerOf(CharSequence t, int open) {
        int d = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '"' || c == '`') i = skipString(t, i);
            else if (c == '(' || c == '[' || c == '{') d++;
            else if ((c == ')' || c == ']' || c == '}') && --d == 0) return i;
        }
        return -1;
    }

    /** The index of the bracket that the one at {@code close} closes, or -1. */
    private static int openerOf(String t, int close) {
        for (int i = close; i >= 0; i--) {
            char c = t.charAt(i);
            if ((c == '(' || c == '[' || c == '{') && closerOf(t, i) == close) return i;
        }
        return -1;
    }

    /** The innermost unclosed bracket before {@code at}, or 0. */
    private static char enclosingOpener(CharSequence src, int at) {
        int d = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = src.charAt(i);
            if (c == ')' || c == ']' || c == '}') d++;
            else if (c == '(' || c == '[' || c == '{') {
                if (d == 0) return c;
                d--;
            }
        }
        return 0;
    }

    /** Index of the quote closing the string or template opened at {@code i}. */
    private static int skipString(CharSequence t, int i) {
        char q = t.charAt(i);
        for (int k = i + 1; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '\\') k++;
            else if (c == q) return k;
        }
        return t.length();
    }

    private static int skipSpace(CharSequence t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }
}
