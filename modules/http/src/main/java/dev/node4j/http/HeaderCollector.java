package dev.node4j.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Header names and values as llhttp's span callbacks deliver them, possibly in pieces (one per
 * input buffer): a name piece after a value starts a new header, a value piece after a name
 * starts its value. Bytes become chars one to one (latin1), as Node's OneByteString.
 */
final class HeaderCollector {
    private String[] fields = new String[16];
    private String[] values = new String[16];
    private int fieldCount;
    private int valueCount;

    void fieldPiece(byte[] data, int from, int to) {
        if (fieldCount == valueCount) {
            if (fieldCount == fields.length) grow();
            fields[fieldCount++] = latin1(data, from, to);
        } else {
            fields[fieldCount - 1] += latin1(data, from, to);
        }
    }

    void valuePiece(byte[] data, int from, int to) {
        if (valueCount != fieldCount) values[valueCount++] = latin1(data, from, to);
        else values[valueCount - 1] += latin1(data, from, to);
    }

    private void grow() {
        fields = Arrays.copyOf(fields, fields.length * 2);
        values = Arrays.copyOf(values, values.length * 2);
    }

    static String latin1(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }

    boolean isEmpty() {
        return fieldCount == 0;
    }

    /** name, value, ... for the headers that have a value, values without trailing spaces and tabs; then empties. */
    String[] drain() {
        int n = valueCount;
        String[] raw = new String[n * 2];
        for (int i = 0; i < n; i++) {
            raw[i * 2] = fields[i];
            String v = values[i];
            int len = v.length();
            while (len > 0 && (v.charAt(len - 1) == ' ' || v.charAt(len - 1) == '\t')) len--;
            raw[i * 2 + 1] = len == v.length() ? v : v.substring(0, len);
        }
        clear();
        return raw;
    }

    void clear() {
        Arrays.fill(fields, 0, fieldCount, null);
        Arrays.fill(values, 0, valueCount, null);
        fieldCount = 0;
        valueCount = 0;
    }
}
