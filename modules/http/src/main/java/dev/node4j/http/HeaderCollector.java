package dev.node4j.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Header names and values as llhttp's span callbacks deliver them, possibly in pieces (one per
 * input buffer): a name piece after a value starts a new header, a value piece after a name
 * starts its value. Bytes become chars one to one (latin1), as Node's OneByteString.
 */
final class HeaderCollector {
    private final List<StringBuilder> fields = new ArrayList<>();
    private final List<StringBuilder> values = new ArrayList<>();

    void fieldPiece(byte[] data, int from, int to) {
        if (fields.size() == values.size()) fields.add(new StringBuilder());
        append(fields.get(fields.size() - 1), data, from, to);
    }

    void valuePiece(byte[] data, int from, int to) {
        if (values.size() != fields.size()) values.add(new StringBuilder());
        append(values.get(values.size() - 1), data, from, to);
    }

    static void append(StringBuilder sb, byte[] data, int from, int to) {
        for (int i = from; i < to; i++) sb.append((char) (data[i] & 0xff));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** name, value, ... for the headers that have a value, values without trailing spaces and tabs; then empties. */
    String[] drain() {
        int n = values.size();
        String[] raw = new String[n * 2];
        for (int i = 0; i < n; i++) {
            raw[i * 2] = fields.get(i).toString();
            StringBuilder v = values.get(i);
            int len = v.length();
            while (len > 0 && (v.charAt(len - 1) == ' ' || v.charAt(len - 1) == '\t')) len--;
            raw[i * 2 + 1] = v.substring(0, len);
        }
        clear();
        return raw;
    }

    void clear() {
        fields.clear();
        values.clear();
    }
}
