package dev.node4j.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Readies an error for Node's uncaught-error path: an error the engine raised gets V8's words
 * ({@link EngineMessages}) before any 'uncaughtException'/'unhandledRejection' listener sees it,
 * and the "file:line / source line / caret" header Node prints above a fatal error is made.
 */
final class UncaughtErrors {
    private static final Pattern THROW = Pattern.compile("(?<![\\w$.])throw\\b");

    private UncaughtErrors() {}

    /**
     * For an exception thrown to the top: rewords it if the engine made it; returns the header
     * (null when the error's stack now starts with it, as Node's decorated link errors do).
     */
    static String prepare(PolyglotException e, Resolver resolver) {
        return prepare(e, true, resolver);
    }

    /**
     * For the reason of an unhandled rejection: as {@link #prepare(PolyglotException, Resolver)}, but the
     * header points where the error was made (Node's message for a rejection has no throw site).
     */
    static String prepareRejection(Value reason, Resolver resolver) {
        if (reason == null || !reason.hasMembers() || !reason.isException()) return "";
        try {
            reason.throwException();
        } catch (PolyglotException e) {
            return prepare(e, false, resolver);
        }
        return "";
    }

    private static String prepare(PolyglotException e, boolean thrown, Resolver resolver) {
        Value err = e.isGuestException() ? e.getGuestObject() : null;
        if (err != null && !err.hasMembers()) err = null;   // a thrown primitive
        boolean error = err != null && err.isException();
        String loader = error ? LinkErrors.resolution(err) : null;
        if (loader != null) return loader;   // an unresolvable import: Node shows its loader's line
        SourceSection s = location(e, error && calleeLocated(err));
        if (s == null) return "";
        int caret = -1;
        boolean engine = false;
        if (error) {
            if (LinkErrors.decorate(err, s, resolver)) return null;   // its stack now holds the header
            EngineMessages.V8 v8 = reword(err, s);
            engine = v8 != null;
            if (engine) caret = v8.caret();
        }
        return header(s, caret, thrown && !engine && error);
    }

    /** Sets V8's message (and the first line of the stack) on an engine-made error; null if none applies. */
    private static EngineMessages.V8 reword(Value err, SourceSection s) {
        try {
            String name = string(err.getMember("name"));
            String message = string(err.getMember("message"));
            if (name == null || message == null) return null;
            EngineMessages.V8 v8 = EngineMessages.toV8(name, message,
                    new EngineMessages.Site(s.getSource().getCharacters(), s.getCharIndex(), s.getCharEndIndex()));
            if (v8 == null || v8.message().equals(message)) return v8;
            String stack = string(err.getMember("stack"));   // formatted now, with the old message
            err.putMember("message", v8.message());
            String head = name + ": " + message;
            if (stack != null && stack.startsWith(head)) {
                err.putMember("stack", name + ": " + v8.message() + stack.substring(head.length()));
            }
            return v8;
        } catch (PolyglotException | UnsupportedOperationException | IllegalStateException ex) {
            return null;   // a getter threw or the object refused: leave it as it is
        }
    }

    static String string(Value v) {
        return v != null && v.isString() ? v.asString() : null;
    }

    private static boolean calleeLocated(Value err) {
        try {
            String name = string(err.getMember("name"));
            String message = string(err.getMember("message"));
            return name != null && message != null && EngineMessages.locatedInCallee(name, message);
        } catch (PolyglotException | UnsupportedOperationException ex) {
            return false;
        }
    }

    /**
     * The throw site in the program's code: the exception's location or (in node4j's own JS) its
     * first user frame; with {@code caller}, the user frame after the one raising it.
     */
    private static SourceSection location(PolyglotException e, boolean caller) {
        SourceSection s = e.getSourceLocation();
        if (isUserCode(s) && !caller && !isSuperCall(s)) return s;
        boolean skip = caller;
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            SourceSection at = f.isGuestFrame() ? f.getSourceLocation() : null;
            // An Error subclass's super(...) made it: V8 (and Node) locate it where `new` was called.
            if (isUserCode(at) && !isSuperCall(at)) {
                if (!skip) return at;
                skip = false;
            }
        }
        return caller ? location(e, false) : null;
    }

    private static boolean isSuperCall(SourceSection s) {
        return s != null && s.isAvailable() && s.getCharacters().toString().startsWith("super(");
    }

    /**
     * "file:line\nsource line\n   ^\n" as Node prints above an uncaught error; the caret at
     * {@code caret} (a source index) or the section's start, moved back to a {@code throw} that
     * precedes it on its line when {@code thrown} (GraalJS locates an error where it was made).
     */
    static String header(SourceSection s, int caret, boolean thrown) {
        return header(s, caret, 1, thrown);
    }

    /** As {@link #header(SourceSection, int, boolean)}, with {@code width} carets. */
    static String header(SourceSection s, int caret, int width, boolean thrown) {
        Source src = s.getSource();
        String path = src.getPath();
        boolean esm = "application/javascript+module".equals(src.getMimeType());
        String name;
        if (path != null) name = esm ? "file://" + path : path;
        else if (src.getName().startsWith("[")) name = src.getName(); // [eval], [stdin]
        else return "";
        int index = caret >= 0 && caret < src.getLength() ? caret : s.getCharIndex();
        int line = src.getLineNumber(index);
        String text = src.getCharacters(line).toString();
        int col = index - src.getLineStartOffset(line);
        if (thrown) {   // "throw new Error()", "throw Object.assign(new Error(), ...)": at the throw
            Matcher m = THROW.matcher(text.substring(0, Math.min(col, text.length())));
            int at = -1;
            while (m.find()) at = m.start();
            int semi = at < 0 ? -1 : text.indexOf(';', at);
            if (at >= 0 && (semi < 0 || semi >= col)) col = at;   // the same statement
        }
        if (line == 1) {
            // Line 1 carries what node4j put in front of the file: the CommonJS wrapper header,
            // or an ES module's import.meta set-up.
            int shift = text.startsWith(CoreBinding.CJS_WRAPPER) ? CoreBinding.CJS_WRAPPER.length()
                    : esm && path != null && text.startsWith("import.meta.filename=")
                            ? EsmFileSystem.withImportMeta(path, "").length() : 0;
            text = text.substring(Math.min(shift, text.length()));
            col = Math.max(0, col - shift);
        }
        return name + ":" + line + "\n" + text + "\n" + " ".repeat(Math.max(0, col)) + "^".repeat(Math.max(1, width)) + "\n";
    }

    /** A file of the program, or the text of -e / stdin ([eval], [stdin]); not a node: builtin. */
    private static boolean isUserCode(SourceSection s) {
        return s != null && s.isAvailable()
                && (s.getSource().getPath() != null || s.getSource().getName().startsWith("["));
    }
}
