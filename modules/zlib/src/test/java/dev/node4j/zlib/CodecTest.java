package dev.node4j.zlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The Java codecs without JS: framing, multi-member gzip, zlib's error messages, CRC32. */
class CodecTest {
    private static byte[] run(Codec c, int flush, byte[] in) throws ZError {
        Sink out = new Sink(0, Long.MAX_VALUE);
        c.write(flush, in, 0, in.length, out);
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void gzipIsReadableByTheJdkAndByteExactForSmallInput() throws Exception {
        byte[] gz = run(new Compressor(Compressor.GZIP, -1, 0, null), Codec.Z_FINISH, bytes("abc"));
        // zlib 1.3 (Node 25) output for 'abc' at the default level
        assertThat(java.util.HexFormat.of().formatHex(gz))
                .isEqualTo("1f8b08000000000000034b4c4a0600c241243503000000");
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        }
    }

    @Test
    void everyFormatRoundTripsInSmallChunks() throws Exception {
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 % 251);
        int[][] pairs = {{Compressor.DEFLATE, Decompressor.INFLATE}, {Compressor.GZIP, Decompressor.GUNZIP},
            {Compressor.DEFLATERAW, Decompressor.INFLATERAW}, {Compressor.GZIP, Decompressor.UNZIP},
            {Compressor.DEFLATE, Decompressor.UNZIP}};
        for (int[] p : pairs) {
            byte[] packed = run(new Compressor(p[0], 6, 0, null), Codec.Z_FINISH, data);
            Decompressor d = new Decompressor(p[1], null);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int off = 0; off < packed.length; off += 7) {
                byte[] piece = Arrays.copyOfRange(packed, off, Math.min(packed.length, off + 7));
                boolean last = off + 7 >= packed.length;
                all.write(run(d, last ? Codec.Z_FINISH : Codec.Z_NO_FLUSH, piece));
            }
            assertThat(all.toByteArray()).as("mode %d", p[1]).isEqualTo(data);
        }
    }

    @Test
    void gunzipReadsEveryMemberAndIgnoresZeroPadding() throws Exception {
        byte[] a = run(new Compressor(Compressor.GZIP, -1, 0, null), Codec.Z_FINISH, bytes("abc"));
        byte[] b = run(new Compressor(Compressor.GZIP, -1, 0, null), Codec.Z_FINISH, bytes("def"));
        ByteArrayOutputStream cat = new ByteArrayOutputStream();
        cat.write(a);
        cat.write(b);
        cat.write(new byte[10]);
        byte[] out = run(new Decompressor(Decompressor.GUNZIP, null), Codec.Z_FINISH, cat.toByteArray());
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("abcdef");
    }

    @Test
    void errorsCarryZlibMessagesAndErrnos() {
        assertThatThrownBy(() -> run(new Decompressor(Decompressor.INFLATE, null), Codec.Z_FINISH, bytes("hello")))
                .hasMessage("incorrect header check").extracting(e -> ((ZError) e).errno).isEqualTo(-3);
        assertThatThrownBy(() -> run(new Decompressor(Decompressor.GUNZIP, null), Codec.Z_FINISH, new byte[0]))
                .hasMessage("unexpected end of file").extracting(e -> ((ZError) e).errno).isEqualTo(-5);
        assertThatThrownBy(() -> run(new Decompressor(Decompressor.GUNZIP, null), Codec.Z_FINISH,
                new byte[] {0x1f, (byte) 0x8b, (byte) 0xff, (byte) 0xff}))
                .hasMessage("unknown compression method");
    }

    @Test
    void dictionariesAreRequiredAndChecked() throws Exception {
        byte[] dict = bytes("hello world");
        byte[] packed = run(new Compressor(Compressor.DEFLATE, -1, 0, dict), Codec.Z_FINISH, bytes("hello hello"));
        assertThat(run(new Decompressor(Decompressor.INFLATE, dict), Codec.Z_FINISH, packed))
                .isEqualTo(bytes("hello hello"));
        assertThatThrownBy(() -> run(new Decompressor(Decompressor.INFLATE, null), Codec.Z_FINISH, packed))
                .hasMessage("Missing dictionary");
        assertThatThrownBy(() -> run(new Decompressor(Decompressor.INFLATE, bytes("nope")), Codec.Z_FINISH, packed))
                .hasMessage("Bad dictionary").extracting(e -> ((ZError) e).errno).isEqualTo(2);
    }

    @Test
    void outputLimitStopsEarly() {
        byte[] packed;
        try {
            packed = run(new Compressor(Compressor.DEFLATE, 9, 0, null), Codec.Z_FINISH, new byte[1 << 20]);
        } catch (ZError e) {
            throw new AssertionError(e);
        }
        Sink out = new Sink(0, 1000);
        assertThatThrownBy(() -> new Decompressor(Decompressor.INFLATE, null)
                .write(Codec.Z_FINISH, packed, 0, packed.length, out))
                .extracting(e -> ((ZError) e).errno).isEqualTo(ZError.TOO_LARGE);
    }

    @Test
    void zstdRoundTripsAndFlushesWholeFrames() throws Exception {
        ZstdCodec c = new ZstdCodec(true);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        packed.write(run(c, ZstdCodec.ZSTD_E_FLUSH, bytes("first ")));
        assertThat(packed.size()).isPositive();
        packed.write(run(c, ZstdCodec.ZSTD_E_END, bytes("second")));
        assertThat(run(new ZstdCodec(false), ZstdCodec.ZSTD_E_END, packed.toByteArray())).isEqualTo(bytes("first second"));
        assertThatThrownBy(() -> run(new ZstdCodec(false), ZstdCodec.ZSTD_E_END, bytes("not zstd")))
                .hasMessage("Unknown frame descriptor");
    }

    @Test
    void paramsApplyToTheNextInput() throws Exception {
        Compressor c = new Compressor(Compressor.DEFLATERAW, 9, 0, null);
        run(c, Codec.Z_SYNC_FLUSH, bytes("aaaaaaaaaaaaaaaaaaaa"));
        Sink out = new Sink(0, Long.MAX_VALUE);
        c.params(0, 0, out);
        byte[] stored = run(c, Codec.Z_SYNC_FLUSH, bytes("bbbbbbbbbbbbbbbbbbbb"));
        // level 0 stores: the 20 bytes appear as they are
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).contains("bbbbbbbbbbbbbbbbbbbb");
    }

    @Test
    void crc32ContinuesFromAValue() {
        CRC32 c = new CRC32();
        c.update(bytes("hello world"));
        assertThat(ZlibBinding.update(ZlibBinding.update(0, bytes("hello ")), bytes("world"))).isEqualTo(c.getValue());
    }
}
