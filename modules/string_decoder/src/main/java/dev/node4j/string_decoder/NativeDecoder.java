package dev.node4j.string_decoder;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.buffer.Encodings;

/**
 * The state of one StringDecoder: the few bytes of a character split across chunks (Node's
 * lastChar, with lastNeed bytes still missing) and the decoding of each chunk, so that a JS
 * write() is a single host call. Encodings are {@link Encodings}' codes; text is decoded as
 * Buffer decodes it.
 */
public final class NativeDecoder {
    /** Longest string a chunk may decode to (V8's String::kMaxLength, as Node reports it). */
    static final int MAX_STRING_LENGTH = 0x1fffffe8;

    private final int enc;
    private final byte[] last = new byte[4];
    private int have;
    private int need;

    NativeDecoder(int enc) {
        if (enc < Encodings.UTF8 || enc > Encodings.HEX) throw new IllegalArgumentException("encoding " + enc);
        this.enc = enc;
    }

    /** Decodes bytes [off, off + len) of an ArrayBuffer; null when the text would be too long. */
    @HostAccess.Export
    public String write(Value arrayBuffer, int off, int len) {
        if (len == 0) return "";
        if (decodedLength(len) > MAX_STRING_LENGTH) return null;
        byte[] b = new byte[len];
        arrayBuffer.readBuffer(off, b, 0, len);
        return decode(b, 0, len);
    }

    /** What end() adds: the pending bytes decoded as they are; the state is cleared. */
    @HostAccess.Export
    public String flush() {
        String s = have == 0 ? "" : Encodings.decode(last, 0, have, enc);
        have = 0;
        need = 0;
        return s;
    }

    /** Forgets the pending bytes (text() starts afresh); lastChar keeps its stale bytes, as in Node. */
    @HostAccess.Export
    public void reset() {
        have = 0;
        need = 0;
    }

    @HostAccess.Export
    public int lastNeed() {
        return need;
    }

    @HostAccess.Export
    public int lastTotal() {
        return have + need;
    }

    /** The 4 lastChar bytes as chars 0-255 (JS makes a Buffer of them). */
    @HostAccess.Export
    public String lastChar() {
        return new String(last, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    long decodedLength(long n) {
        return switch (enc) {
            case Encodings.UCS2 -> n / 2;
            case Encodings.HEX -> n * 2;
            case Encodings.BASE64, Encodings.BASE64URL -> (n + 2) / 3 * 4;
            default -> n;
        };
    }

    /** Decodes one chunk: completes the pending character, then holds back an incomplete one at the end. */
    String decode(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        String head = "";
        if (need > 0) {
            while (need > 0 && i < end) {
                if (enc == Encodings.UTF8 && (b[i] & 0xC0) != 0x80) {
                    // Not a continuation: the pending character is broken; this byte starts a new one.
                    head = Encodings.decode(last, 0, have, enc);
                    have = 0;
                    need = 0;
                    break;
                }
                // As in Node, a completed UTF-16 unit goes out even when it is a high surrogate
                // (JS concatenation pairs it with a low half decoded later).
                last[have++] = b[i++];
                need--;
            }
            if (need > 0) return head;
            if (have > 0) {
                head = Encodings.decode(last, 0, have, enc);
                have = 0;
            }
        }
        int keep = 0;
        int missing = 0;
        int n = end - i;
        switch (enc) {
            case Encodings.UTF8 -> {
                for (int k = end - 1, seen = 1; k >= i && seen <= 4; k--, seen++) {
                    if ((b[k] & 0xC0) == 0x80) continue;
                    int total = utf8Total(b[k]);
                    if (total > seen) {
                        keep = seen;
                        missing = total - seen;
                    }
                    break;
                }
            }
            case Encodings.UCS2 -> {
                if (n % 2 == 1) {
                    keep = 1;
                    missing = 1;
                } else if (n >= 2 && isHighSurrogate(b[end - 1])) {
                    keep = 2;
                    missing = 2;
                }
            }
            case Encodings.BASE64, Encodings.BASE64URL -> {
                keep = n % 3;
                missing = keep == 0 ? 0 : 3 - keep;
            }
            default -> { }
        }
        String body = n > keep ? Encodings.decode(b, i, n - keep, enc) : "";
        System.arraycopy(b, end - keep, last, 0, keep);
        have = keep;
        need = missing;
        return head.isEmpty() ? body : head.concat(body);
    }

    /** Total length of the UTF-8 character a lead byte announces, as Node's decoder reads it; 0 if none. */
    private static int utf8Total(byte lead) {
        if ((lead & 0xE0) == 0xC0) return 2;
        if ((lead & 0xF0) == 0xE0) return 3;
        if ((lead & 0xF8) == 0xF0) return 4;
        return 0;
    }

    /** Whether the high byte of a little-endian UTF-16 unit makes it a high surrogate. */
    private static boolean isHighSurrogate(byte hi) {
        int h = hi & 0xff;
        return h >= 0xD8 && h <= 0xDB;
    }
}
