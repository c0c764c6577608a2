package dev.node4j.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Errors of loading an ES module graph, as Node reports them when uncaught. An import naming an
 * export its module lacks: the import line with carets under the name, put in the error's stack
 * (no frames: the error comes from linking, not from running code), and for a CommonJS module
 * Node's longer message suggesting the default import. A module that cannot be resolved: GraalJS
 * makes a plain Error from node4j's module file system; it gets Node's code and message.
 */
final class LinkErrors {
    private static final Pattern MISSING = Pattern.compile(
            "The requested module '(.+)' does not provide an export named '(.+)'");
    private static final Pattern NAMED = Pattern.compile("\\{[^}]*}");
    private static final Pattern READING = Pattern.compile("(?s)Error reading module '(.+?)' imported from (/.+?): (.*)");
    private static final Pattern NOT_FOUND = Pattern.compile("Cannot find module '(.+)' imported from (/.+)");
    private static final Pattern NO_PACKAGE = Pattern.compile("Cannot find package '(.+)' imported from .*");
    private static final Pattern NOT_EXPORTED = Pattern.compile("Package subpath '.+' is not defined by \"exports\" in .+");
    // The lines of Node 25.8.1's loader that raise these errors, which Node prints above them.
    private static final String NO_PACKAGE_HEADER = "node:internal/modules/package_json_reader:301\n"
            + "  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n";
    private static final String NOT_FOUND_HEADER = "node:internal/modules/esm/resolve:271\n"
            + "    throw new ERR_MODULE_NOT_FOUND(\n          ^\n";
    private static final String NOT_EXPORTED_HEADER = "node:internal/modules/esm/resolve:310\n"
            + "  return new ERR_PACKAGE_PATH_NOT_EXPORTED(\n         ^\n";
    private static final String UNKNOWN_BUILTIN_HEADER = "node:internal/modules/esm/translators:437\n"
            + "    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);\n          ^\n";

    private LinkErrors() {}

    /**
     * For an ES module that could not be resolved: sets Node's code, message (and url) on
     * {@code err} and returns the header Node prints above it; null for any other error.
     */
    static String resolution(Value err) {
        try {
            if (!"Error".equals(UncaughtErrors.string(err.getMember("name")))) return null;
            String message = UncaughtErrors.string(err.getMember("message"));
            if (message == null) return null;
            String code;
            String text;
            String url = null;
            String header;
            Matcher m;
            if ((m = READING.matcher(message)).matches()) {
                String file = m.group(2);
                String inner = m.group(3);
                Matcher p = NO_PACKAGE.matcher(inner);
                if (p.matches()) {
                    code = "ERR_MODULE_NOT_FOUND";
                    text = "Cannot find package '" + p.group(1) + "' imported from " + file;
                    header = NO_PACKAGE_HEADER;
                } else if (NOT_EXPORTED.matcher(inner).matches()) {
                    code = "ERR_PACKAGE_PATH_NOT_EXPORTED";
                    text = inner + " imported from " + file;
                    header = NOT_EXPORTED_HEADER;
                } else if (inner.startsWith("No such built-in module: node:")) {
                    code = "ERR_UNKNOWN_BUILTIN_MODULE";
                    text = inner;
                    header = UNKNOWN_BUILTIN_HEADER;
                } else {
                    return null;
                }
            } else if ((m = NOT_FOUND.matcher(message)).matches()) {
                String path = java.nio.file.Path.of(m.group(2)).resolveSibling(m.group(1)).normalize().toString();
                code = "ERR_MODULE_NOT_FOUND";
                text = "Cannot find module '" + path + "' imported from " + m.group(2);
                url = "file://" + path;
                header = NOT_FOUND_HEADER;
            } else {
                return null;
            }
            String stack = UncaughtErrors.string(err.getMember("stack"));
            err.putMember("message", text);
            err.putMember("code", code);
            if (url != null) err.putMember("url", url);
            String head = "Error: " + message;
            String rest = stack != null && stack.startsWith(head) ? stack.substring(head.length()) : "";
            err.putMember("stack", "Error [" + code + "]: " + text + rest);
            return header;
        } catch (PolyglotException | UnsupportedOperationException | IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Decorates {@code err} if it is such a link error located at {@code s}; false if it is not. */
    static boolean decorate(Value err, SourceSection s, Resolver resolver) {
        try {
            if (!"SyntaxError".equals(UncaughtErrors.string(err.getMember("name")))) return false;
            String message = UncaughtErrors.string(err.getMember("message"));
            Matcher m = message == null ? null : MISSING.matcher(message);
            if (m == null || !m.matches()) return false;
            String specifier = m.group(1);
            String name = m.group(2);
            String line = s.getSource().getCharacters(s.getStartLine()).toString();
            int quote = line.indexOf("'" + specifier + "'");
            if (quote < 0) quote = line.indexOf("\"" + specifier + "\"");
            Matcher names = NAMED.matcher(line);
            if (quote < 0 || !names.find() || names.start() > quote) return false;
            Matcher at = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(line).region(names.start(), names.end());
            if (!at.find()) return false;
            int caret = s.getSource().getLineStartOffset(s.getStartLine()) + at.start();
            String header = UncaughtErrors.header(s, caret, name.length(), false);
            if (isCommonJs(specifier, s.getSource().getPath(), resolver)) {
                message = "Named export '" + name + "' not found. The requested module '" + specifier
                        + "' is a CommonJS module, which may not support all module.exports as named exports.\n"
                        + "CommonJS modules can always be imported via the default export, for example using:\n\n"
                        + "import pkg from '" + specifier + "';\n"
                        + "const " + names.group().replaceAll("\\s+as\\s+", ": ") + " = pkg;\n";
                err.putMember("message", message);
            }
            err.putMember("stack", header + "SyntaxError: " + message);
            return true;
        } catch (PolyglotException | UnsupportedOperationException | IllegalStateException e) {
            return false;
        }
    }

    private static boolean isCommonJs(String specifier, String importer, Resolver resolver) {
        if (importer == null || resolver == null) return false;
        int slash = importer.lastIndexOf('/');
        try {
            String r = resolver.resolve(specifier, slash <= 0 ? "/" : importer.substring(0, slash),
                    Resolver.IMPORT_CONDITIONS, importer);
            return r != null && !r.startsWith("node:") && !r.endsWith(".json") && !r.endsWith(".mjs")
                    && "commonjs".equals(resolver.format(r));
        } catch (NodeException e) {
            return false;
        }
    }
}
