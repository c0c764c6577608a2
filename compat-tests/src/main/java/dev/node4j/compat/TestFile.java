package dev.node4j.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test script: where it is, which module it belongs to and which APIs it covers.
 *
 * @param path   absolute path of the script
 * @param file   path relative to the suite root, with forward slashes
 * @param module the module the test is filed under
 * @param covers API names from the {@code // covers:} header, in order, without duplicates
 */
public record TestFile(Path path, String file, String module, List<String> covers) {

    private static final Pattern COVERS = Pattern.compile("^\\s*//\\s*covers\\s*:(.*)$");
    private static final int HEADER_SCAN_LINES = 40;

    public TestFile {
        covers = List.copyOf(covers);
    }

    /** Reads the file's header; a file without one covers nothing. */
    public static TestFile load(Path suiteRoot, Path path, String module) throws IOException {
        String rel = suiteRoot.relativize(path).toString().replace('\\', '/');
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return new TestFile(path, rel, module, parseCovers(text));
    }

    /**
     * Collects the API names listed on {@code // covers:} lines in the leading block of
     * comments (a shebang, blank lines and a {@code 'use strict'} directive may be mixed in).
     * Names are separated by commas or whitespace; several covers lines add up.
     */
    public static List<String> parseCovers(String source) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        String[] lines = source.split("\\r?\\n", HEADER_SCAN_LINES + 1);
        boolean inBlockComment = false;
        for (int i = 0; i < Math.min(lines.length, HEADER_SCAN_LINES); i++) {
            String line = lines[i].strip();
            if (inBlockComment) {
                if (line.contains("*/")) inBlockComment = false;
                continue;
            }
            Matcher m = COVERS.matcher(line);
            if (m.matches()) {
                for (String name : m.group(1).split("[,\\s]+")) {
                    if (!name.isEmpty()) names.add(name);
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("//") || (i == 0 && line.startsWith("#!"))
                    || isUseStrict(line)) {
                continue;
            }
            if (line.startsWith("/*")) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            break;   // first line of code: the header is over
        }
        return new ArrayList<>(names);
    }

    private static boolean isUseStrict(String line) {
        return line.equals("'use strict';") || line.equals("\"use strict\";")
                || line.equals("'use strict'") || line.equals("\"use strict\"");
    }
}
