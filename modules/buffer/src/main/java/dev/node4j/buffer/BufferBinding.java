package dev.node4j.buffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.ReusedBytes;

/**
 * The byte work behind {@code buffer}: JS passes {@code (u8.buffer, u8.byteOffset, u8.byteLength)},
 * Java bulk-reads the ArrayBuffer and runs {@link Encodings}. Bytes made in Java for a new buffer
 * go back as a {@link ByteBuffer} that JS keeps as the buffer's memory ({@link #encode}); bytes
 * written into an existing buffer go back as a string of chars 0-255 ({@link #encodeAsLatin1})
 * that JS copies with a charCodeAt loop (measured faster than writing the ArrayBuffer from Java
 * byte by byte). Input bytes land in arrays this binding reuses: a fresh array per call cost an
 * allocation and its zeroing, a large share of a call on a small buffer.
 */
public final class BufferBinding {
    @SuppressWarnings("unused")
    private final NodeEnv env;

    BufferBinding(NodeEnv env) {
        this.env = env;
    }

    /** Largest input array kept for reuse (base64 output: twice this). */
    private static final int KEEP_MAX = 1 << 20;
    /** The input buffer of a call. */
    private final ReusedBytes first = new ReusedBytes(1024, KEEP_MAX);
    /** The second buffer of a call (compare, indexOf's needle). */
    private final ReusedBytes second = new ReusedBytes(64, KEEP_MAX);
    /** base64's input: its JDK encoder takes whole arrays. */
    private final ReusedBytes base64In = new ReusedBytes(0, KEEP_MAX);
    private final ReusedBytes base64Out = new ReusedBytes(1368, 2 * KEEP_MAX);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private String base64(Value arrayBuffer, int offset, int length, boolean url) {
        byte[] src = base64In.readExactly(arrayBuffer, offset, length);
        return Encodings.base64EncodeWhole(src, url, base64Out.atLeast(Encodings.base64Room(length)));
    }

    @HostAccess.Export
    public int encodingCode(String name) {
        return Encodings.code(name);
    }

    @HostAccess.Export
    public String decode(Value arrayBuffer, int offset, int length, int enc) {
        if (enc == Encodings.BASE64 || enc == Encodings.BASE64URL) return base64(arrayBuffer, offset, length, enc == Encodings.BASE64URL);
        return Encodings.decode(first.read(arrayBuffer, offset, length), 0, length, enc);
    }

    /** The bytes of s in enc, as a Java buffer JS keeps as a Buffer's memory ({@code new ArrayBuffer(bb)}). */
    @HostAccess.Export
    public ByteBuffer encode(String s, int enc) {
        return ByteBuffer.wrap(Encodings.encode(s, enc));
    }

    /** The bytes of s in enc as a string of chars 0-255 (JS copies them with charCodeAt). */
    @HostAccess.Export
    public String encodeAsLatin1(String s, int enc) {
        byte[] b = Encodings.encode(s, enc);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @HostAccess.Export
    public int byteLength(String s, int enc) {
        return Encodings.byteLength(s, enc);
    }

    /** How much of s fits in max bytes of UTF-8 without splitting a character: [bytes, chars]. */
    @HostAccess.Export
    public int[] utf8Fit(String s, int max) {
        return Encodings.utf8Fit(s, max);
    }

    @HostAccess.Export
    public int indexOf(Value hay, int hOff, int hLen, Value needle, int nOff, int nLen, int from, boolean last) {
        return Encodings.indexOf(first.read(hay, hOff, hLen), hLen, second.read(needle, nOff, nLen), nLen, from, last);
    }

    /** indexOf with a needle of nLen <= 16 bytes packed little-endian into n0..n3 (JS saves passing a second buffer). */
    @HostAccess.Export
    public int indexOfPacked(Value hay, int hOff, int hLen, int n0, int n1, int n2, int n3, int nLen, int from, boolean last) {
        byte[] needle = second.atLeast(16);
        INT.set(needle, 0, n0);
        INT.set(needle, 4, n1);
        INT.set(needle, 8, n2);
        INT.set(needle, 12, n3);
        return Encodings.indexOf(first.read(hay, hOff, hLen), hLen, needle, nLen, from, last);
    }

    @HostAccess.Export
    public int indexOfString(Value hay, int hOff, int hLen, String needle, int enc, int from, boolean last) {
        byte[] n = Encodings.encode(needle, enc);
        return Encodings.indexOf(first.read(hay, hOff, hLen), hLen, n, n.length, from, last);
    }

    @HostAccess.Export
    public int compare(Value a, int aOff, int aLen, Value b, int bOff, int bLen) {
        return Encodings.compare(first.read(a, aOff, aLen), 0, aLen, second.read(b, bOff, bLen), 0, bLen);
    }

    @HostAccess.Export
    public boolean isUtf8(Value ab, int off, int len) {
        return Encodings.isUtf8(first.read(ab, off, len), 0, len);
    }

    @HostAccess.Export
    public boolean isAscii(Value ab, int off, int len) {
        return Encodings.allAscii(first.read(ab, off, len), 0, len);
    }

    /** TextDecoder's work: kind 1 utf-8, 2 utf-16le, 3 windows-1252; null when fatal and invalid. */
    @HostAccess.Export
    public String textDecode(Value ab, int off, int len, int kind, boolean fatal) {
        byte[] b = first.read(ab, off, len);
        return switch (kind) {
            case 1 -> Encodings.utf8DecodeWhatwg(b, 0, len, fatal);
            case 2 -> Encodings.utf16leDecodeWhatwg(b, 0, len, fatal);
            case 3 -> Encodings.windows1252Decode(b, 0, len);
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }
}
