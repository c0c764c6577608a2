package dev.node4j.fs.glob;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One compiled glob alternative plus where the walk stands in it: the part indexes a directory
 * entry may still match, and which of them were reached through a symbolic link.
 */
final class WalkPattern {
    final List<GlobPart> parts;
    final List<String> strings;
    final LinkedHashSet<Integer> indexes;
    final Set<Integer> symlinks;
    final int last;

    WalkPattern(List<GlobPart> parts, List<String> strings, LinkedHashSet<Integer> indexes, Set<Integer> symlinks) {
        this.parts = parts;
        this.strings = strings;
        this.indexes = indexes;
        this.symlinks = symlinks;
        this.last = parts.size() - 1;
    }

    /** The part at i (negative: from the end), null past either end. */
    GlobPart at(int i) {
        int k = i < 0 ? parts.size() + i : i;
        return k >= 0 && k < parts.size() ? parts.get(k) : null;
    }

    static boolean is(GlobPart p, String literal) {
        return p instanceof GlobPart.Literal l && l.text().equals(literal);
    }

    boolean isLast(boolean isDirectory) {
        return indexes.contains(last)
                || (is(at(-1), "") && isDirectory && indexes.contains(last - 1) && at(-2) == GlobPart.GLOBSTAR);
    }

    boolean isFirst() {
        return indexes.contains(0);
    }

    boolean hasSeenSymlinks() {
        for (int i : indexes) if (!symlinks.contains(i)) return true;
        return false;
    }

    WalkPattern child(LinkedHashSet<Integer> newIndexes, Set<Integer> newSymlinks) {
        return new WalkPattern(parts, strings, newIndexes, newSymlinks);
    }

    WalkPattern child(int index) {
        LinkedHashSet<Integer> one = new LinkedHashSet<>();
        one.add(index);
        return new WalkPattern(parts, strings, one, Set.of());
    }

    boolean test(int index, String name) {
        GlobPart p = index >= 0 && index < parts.size() ? parts.get(index) : null;
        return p != null && p.test(name);
    }

    /** The rest of the pattern from index on, as text: what "seen" means per path. */
    String cacheKey(int index) {
        StringBuilder key = new StringBuilder();
        for (int i = index; i < strings.size(); i++) {
            key.append(strings.get(i));
            if (i != strings.size() - 1) key.append('/');
        }
        return key.toString();
    }
}
