package dev.node4j.zlib;

import java.util.zip.CRC32;

/** Parses a gzip member header (RFC 1952) with zlib's error messages. */
final class GzipHeader {
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    private GzipHeader() {
    }

    /** The header's length, or -1 when more bytes are needed. */
    static int length(byte[] b, int p, int e) throws ZError {
        int n = e - p;
        if (n >= 1 && (b[p] & 0xff) != 0x1f) throw ZError.data("incorrect header check");
        if (n >= 2 && (b[p + 1] & 0xff) != 0x8b) throw ZError.data("incorrect header check");
        if (n >= 3 && b[p + 2] != 8) throw ZError.data("unknown compression method");
        if (n >= 4 && (b[p + 3] & 0xe0) != 0) throw ZError.data("unknown header flags set");
        if (n < 10) return -1;
        int flg = b[p + 3];
        int q = p + 10;
        if ((flg & FEXTRA) != 0) {
            if (e - q < 2) return -1;
            q += 2 + ((b[q] & 0xff) | (b[q + 1] & 0xff) << 8);
            if (q > e) return -1;
        }
        for (int f : new int[] {FNAME, FCOMMENT}) {
            if ((flg & f) == 0) continue;
            while (q < e && b[q] != 0) q++;
            if (q >= e) return -1;
            q++;
        }
        if ((flg & FHCRC) != 0) {
            if (e - q < 2) return -1;
            CRC32 c = new CRC32();
            c.update(b, p, q - p);
            int want = (b[q] & 0xff) | (b[q + 1] & 0xff) << 8;
            if ((c.getValue() & 0xffff) != want) throw ZError.data("header crc mismatch");
            q += 2;
        }
        return q - p;
    }
}
