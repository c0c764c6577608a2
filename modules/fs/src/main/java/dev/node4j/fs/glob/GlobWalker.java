package dev.node4j.fs.glob;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * fs.glob's directory walk, visiting and naming entries in the order Node 24/25 do: a stack of
 * (path, patterns) items, children in sorted readdir order, each directory's sub-walks pushed in
 * the order they were found (so popped last-first), results relative to cwd (absolute for
 * absolute patterns) and each reported once. Dot entries are only reached by parts that match
 * them explicitly; {@code **} does not descend into symbolic links. This follows Node 25.8.1's
 * walk, including its quirks (a child already walked with a pattern ends that directory's scan). {@link #step()} runs one item so an
 * async caller can yield between items.
 */
public final class GlobWalker {
    /** A directory entry or lstat result as the walk sees it (Node's Dirent / DirentFromStats). */
    public static final class Entry {
        String name;
        final String parentPath;
        final int type;
        final boolean fromStats;

        public Entry(String name, String parentPath, int type, boolean fromStats) {
            this.name = name;
            this.parentPath = parentPath;
            this.type = type;
            this.fromStats = fromStats;
        }

        public String name() {
            return name;
        }

        public String parentPath() {
            return parentPath;
        }

        public int type() {
            return type;
        }

        public boolean fromStats() {
            return fromStats;
        }

        boolean isDirectory() {
            return type == DIR;
        }

        boolean isSymbolicLink() {
            return type == LINK;
        }
    }

    /** libuv dirent types used here. */
    public static final int DIR = 2;
    public static final int LINK = 3;

    /** File-system access; relative paths are relative to the process's current directory. */
    public interface Fs {
        /** lstat: the entry's type, or null when it does not exist. */
        Integer lstatType(String path) throws IOException;

        /** Names and dirent types in readdir order; throws when the directory cannot be read. */
        List<Map.Entry<String, Integer>> readdir(String path) throws IOException;
    }

    /** options.exclude as a function: given a path or name string, or the entry (withFileTypes). */
    public interface ExcludeFn {
        boolean test(String pathOrName, Entry entry);
    }

    private record Item(String path, List<WalkPattern> patterns) {
    }

    private final Fs fs;
    private final String processCwd;
    private final String root;
    private final List<GlobPattern> excludeGlobs;
    private final ExcludeFn excludeFn;
    private final boolean withFileTypes;
    private final boolean sync;

    private final Map<String, Set<String>> seen = new HashMap<>();
    private final Map<String, Entry> stats = new HashMap<>();
    private final Map<String, List<Entry>> dirs = new HashMap<>();
    private final LinkedHashSet<String> results = new LinkedHashSet<>();
    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private final LinkedHashMap<String, List<WalkPattern>> subpatterns = new LinkedHashMap<>();
    /** What the current step reports: paths, or entries (async withFileTypes). */
    private List<Object> out = new ArrayList<>();

    /**
     * @param root          options.cwd as given ('.' when absent), resolved against processCwd
     * @param excludeGlobs  options.exclude as patterns (may be empty)
     * @param sync          globSync: entries are looked up once at the end, as Node does
     */
    public GlobWalker(Fs fs, String processCwd, List<String> patterns, String root, List<String> excludeGlobs,
            ExcludeFn excludeFn, boolean withFileTypes, boolean sync) {
        this.fs = fs;
        this.processCwd = processCwd;
        this.root = root;
        this.excludeFn = excludeFn;
        this.withFileTypes = withFileTypes;
        this.sync = sync;
        List<GlobPattern> ex = new ArrayList<>();
        for (String e : excludeGlobs) ex.add(new GlobPattern(PosixPaths.resolve(processCwd, root, e)));
        this.excludeGlobs = ex;
        List<WalkPattern> all = new ArrayList<>();
        for (String p : patterns) {
            GlobPattern g = new GlobPattern(p);
            for (int i = 0; i < g.sets().size(); i++) {
                LinkedHashSet<Integer> start = new LinkedHashSet<>();
                start.add(0);
                all.add(new WalkPattern(g.sets().get(i), g.globParts().get(i), start, Set.of()));
            }
        }
        queue.push(new Item(".", all));
    }

    public boolean done() {
        return queue.isEmpty();
    }

    /** Runs one queued item; returns the results it found (paths, or Entry objects when async with types). */
    public List<Object> step() throws IOException {
        out = new ArrayList<>();
        Item item = queue.pop();
        for (WalkPattern p : item.patterns) addSubpatterns(item.path, p);
        for (Map.Entry<String, List<WalkPattern>> e : subpatterns.entrySet()) {
            queue.push(new Item(e.getKey(), e.getValue()));
        }
        subpatterns.clear();
        return out;
    }

    /** Walks to the end; the results in order (Entry objects, or null for vanished ones, with types). */
    public List<Object> all() throws IOException {
        List<Object> found = new ArrayList<>();
        while (!done()) found.addAll(step());
        if (!sync || !withFileTypes) return found;
        List<Object> entries = new ArrayList<>();
        for (String path : results) {
            entries.add(stat(PosixPaths.isAbsolute(path) ? path : PosixPaths.join(root, path)));
        }
        return entries;
    }

    // ---- caches -----------------------------------------------------------------------------

    private Entry stat(String path) throws IOException {
        Entry cached = stats.get(path);
        if (cached != null) return cached;
        Integer type = fs.lstatType(path);
        Entry e = type == null ? null
                : new Entry(PosixPaths.basename(path), PosixPaths.dirname(path), type, true);
        stats.put(path, e);
        return e;
    }

    private List<Entry> readdir(String path) {
        List<Entry> cached = dirs.get(path);
        if (cached != null) return cached;
        List<Entry> list = new ArrayList<>();
        try {
            for (Map.Entry<String, Integer> e : fs.readdir(path)) list.add(new Entry(e.getKey(), path, e.getValue(), false));
        } catch (IOException | RuntimeException e) {
            list = List.of();
        }
        dirs.put(path, list);
        return list;
    }

    /** Marks the pattern's indexes as seen at path; true when any of them already was. */
    private boolean markSeen(String path, WalkPattern pattern) {
        Set<String> keys = seen.computeIfAbsent(path, k -> new HashSet<>());
        int before = keys.size();
        for (int i : pattern.indexes) keys.add(pattern.cacheKey(i));
        return keys.size() != before + pattern.indexes.size();
    }

    private boolean isSeen(String path, WalkPattern pattern, int index) {
        Set<String> keys = seen.get(path);
        return keys != null && keys.contains(pattern.cacheKey(index));
    }

    // ---- results and exclusion ----------------------------------------------------------------

    private boolean isExcluded(String path) {
        for (GlobPattern g : excludeGlobs) if (g.match(path)) return true;
        return false;
    }

    private interface EntrySource {
        Entry get() throws IOException;
    }

    private void addResult(String path, EntrySource entry) throws IOException {
        if (!excludeGlobs.isEmpty() && isExcluded(PosixPaths.resolve(processCwd, root, path))) return;
        if (!results.add(path)) return;
        if (sync || !withFileTypes) out.add(path);
        else out.add(entry.get());
    }

    private void addSubpattern(String path, WalkPattern pattern) throws IOException {
        if (isExcluded(path)) return;
        String fullpath = PosixPaths.resolve(processCwd, root, path);
        if (!excludeGlobs.isEmpty() && isExcluded(fullpath + "/")) {
            Entry s = stat(fullpath);
            if (s != null && s.isDirectory()) return;
        }
        if (excludeFn != null) {
            if (withFileTypes) {
                Entry s = stat(path);
                if (s != null && excludeFn.test(null, s)) return;
            } else if (excludeFn.test(path, null)) {
                return;
            }
        }
        subpatterns.computeIfAbsent(path, k -> new ArrayList<>()).add(pattern);
    }

    private static LinkedHashSet<Integer> indexes(int i) {
        LinkedHashSet<Integer> s = new LinkedHashSet<>();
        s.add(i);
        return s;
    }

    private void addSubpatterns(String path, WalkPattern pattern) throws IOException {
        if (markSeen(path, pattern)) return;
        String fullpath = PosixPaths.resolve(processCwd, root, path);
        Entry stat = stat(fullpath);
        int last = pattern.last;
        boolean isDirectory = stat != null
                && (stat.isDirectory() || (stat.isSymbolicLink() && pattern.hasSeenSymlinks()));
        boolean isLast = pattern.isLast(isDirectory);
        boolean isFirst = pattern.isFirst();
        if (isExcluded(fullpath)) return;
        GlobPart first = pattern.at(0);
        if (isFirst && WalkPattern.is(first, "")) {
            addSubpattern("/", pattern.child(1));
            return;
        }
        if (isFirst && WalkPattern.is(first, "..")) {
            addSubpattern("../", pattern.child(1));
            return;
        }
        if (isFirst && WalkPattern.is(first, ".")) {
            addSubpattern(".", pattern.child(1));
            return;
        }
        GlobPart lastPart = pattern.at(-1);
        if (isLast && lastPart instanceof GlobPart.Literal lit) {
            String p = lit.text();
            Entry s = stat(PosixPaths.join(fullpath, p));
            if (s != null && (!p.isEmpty() || isDirectory)) addResult(PosixPaths.join(path, p), () -> s);
            if (pattern.indexes.size() == 1 && pattern.indexes.contains(last)) return;
        } else if (isLast && lastPart == GlobPart.GLOBSTAR
                && (!path.equals(".") || WalkPattern.is(first, ".") || (last == 0 && stat != null))) {
            addResult(path, () -> stat);
        }
        if (!isDirectory) return;

        List<Entry> children;
        GlobPart only = pattern.indexes.size() == 1 ? pattern.at(pattern.indexes.iterator().next()) : null;
        if (only instanceof GlobPart.Literal lit) {
            Entry s = stat(PosixPaths.join(fullpath, lit.text()));
            if (s == null) return;
            s.name = lit.text();
            children = List.of(s);
        } else {
            children = readdir(fullpath);
        }
        for (Entry entry : children) {
            String entryPath = PosixPaths.join(path, entry.name);
            stats.put(PosixPaths.join(fullpath, entry.name), entry);
            LinkedHashSet<Integer> sub = new LinkedHashSet<>();
            Set<Integer> linked = new HashSet<>();
            for (int index : pattern.indexes) {
                // As in Node: a child already walked with this pattern ends the whole directory.
                if (isSeen(entryPath, pattern, index) || isSeen(entryPath, pattern, index + 1)) return;
                GlobPart current = pattern.at(index);
                int nextIndex = index + 1;
                GlobPart next = pattern.at(nextIndex);
                boolean fromSymlink = pattern.symlinks.contains(index);
                if (current == GlobPart.GLOBSTAR) {
                    boolean isDot = entry.name.startsWith(".");
                    boolean nextMatches = pattern.test(nextIndex, entry.name);
                    // A dot entry is only crossed when the next part that is not ** names it.
                    int nonGlobstar = nextIndex;
                    while (pattern.at(nonGlobstar) == GlobPart.GLOBSTAR) nonGlobstar++;
                    if ((isDot && !pattern.test(nonGlobstar, entry.name))
                            || (excludeFn != null && excludeFn.test(withFileTypes ? null : entry.name,
                                    withFileTypes ? entry : null))) {
                        continue;
                    }
                    if (!fromSymlink && entry.isDirectory()) sub.add(index);
                    else if (!fromSymlink && index == last) addResult(entryPath, () -> entry);
                    if (nextMatches && nextIndex == last && !isLast) addResult(entryPath, () -> entry);
                    else if (nextMatches && entry.isDirectory()) sub.add(index + 2);
                    if ((nextMatches || WalkPattern.is(first, "."))
                            && (entry.isDirectory() || entry.isSymbolicLink()) && !fromSymlink) {
                        sub.add(nextIndex);
                    }
                    if (entry.isSymbolicLink()) linked.add(index);
                    if (WalkPattern.is(next, "..") && entry.isDirectory()) parentStep(path, fullpath, pattern, nextIndex, last);
                }
                if (current instanceof GlobPart.Literal) {
                    if (pattern.test(index, entry.name) && index != last) {
                        sub.add(nextIndex);
                    } else if (WalkPattern.is(current, ".") && pattern.test(nextIndex, entry.name)) {
                        if (nextIndex == last) addResult(entryPath, () -> entry);
                        else sub.add(nextIndex + 1);
                    }
                }
                if (current instanceof GlobPart.Magic && pattern.test(index, entry.name)) {
                    if (index == last) addResult(entryPath, () -> entry);
                    else if (entry.isDirectory()) sub.add(nextIndex);
                }
            }
            if (!sub.isEmpty()) addSubpattern(entryPath, pattern.child(sub, linked));
        }
    }

    /** "**" followed by "..": both the directory and its parent go on with the rest. */
    private void parentStep(String path, String fullpath, WalkPattern pattern, int nextIndex, int last)
            throws IOException {
        String parent = PosixPaths.join(path, "..");
        if (nextIndex < last) {
            if (!subpatterns.containsKey(path) && !isSeen(path, pattern, nextIndex + 1)) {
                subpatterns.put(path, new ArrayList<>(List.of(pattern.child(nextIndex + 1))));
            }
            if (!subpatterns.containsKey(parent) && !isSeen(parent, pattern, nextIndex + 1)) {
                subpatterns.put(parent, new ArrayList<>(List.of(pattern.child(nextIndex + 1))));
            }
            return;
        }
        if (!isSeen(path, pattern, nextIndex)) {
            markSeen(path, pattern.child(nextIndex));
            addResult(path, () -> stat(fullpath));
        }
        if (!isSeen(path, pattern, nextIndex) || !isSeen(parent, pattern, nextIndex)) {
            markSeen(parent, pattern.child(nextIndex));
            addResult(parent, () -> stat(PosixPaths.join(root, parent)));
        }
    }
}
