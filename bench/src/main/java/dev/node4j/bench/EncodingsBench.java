package dev.node4j.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.node4j.buffer.Encodings;

/**
 * The Java hot paths behind Buffer: base64 / hex / UTF-8 both ways and indexOf, on 1 KiB and
 * 1 MiB inputs. bench/node/encodings.js measures the same operations on Node (ops/s both).
 * Fork, warm-up and measurement counts come from bench/run.sh (JMH command line).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodingsBench {
    @Param({"1024", "1048576"})
    public int size;

    private byte[] bytes;
    private String base64;
    private String hex;
    private String text;
    private byte[] textBytes;
    private byte[] hay;
    private byte[] needle;

    @Setup
    public void setUp() {
        bytes = BenchData.randomBytes(size);
        base64 = Encodings.decode(bytes, 0, bytes.length, Encodings.BASE64);
        hex = Encodings.hexEncode(bytes, 0, bytes.length);
        text = BenchData.text(size);
        textBytes = text.getBytes(StandardCharsets.UTF_8);
        hay = BenchData.haystack(size);
        needle = BenchData.NEEDLE.getBytes(StandardCharsets.US_ASCII);
    }

    /** buf.toString('base64') */
    @Benchmark
    public String base64Encode() {
        return Encodings.decode(bytes, 0, bytes.length, Encodings.BASE64);
    }

    /** Buffer.from(str, 'base64') */
    @Benchmark
    public byte[] base64Decode() {
        return Encodings.base64Decode(base64);
    }

    /** buf.toString('hex') */
    @Benchmark
    public String hexEncode() {
        return Encodings.hexEncode(bytes, 0, bytes.length);
    }

    /** Buffer.from(str, 'hex') */
    @Benchmark
    public byte[] hexDecode() {
        return Encodings.hexDecode(hex);
    }

    /** Buffer.from(str, 'utf8') */
    @Benchmark
    public byte[] utf8Encode() {
        return Encodings.utf8Encode(text);
    }

    /** buf.toString('utf8') */
    @Benchmark
    public String utf8Decode() {
        return Encodings.utf8Decode(textBytes, 0, textBytes.length);
    }

    /** buf.indexOf(needle): the needle sits at the very end. */
    @Benchmark
    public int indexOf() {
        return Encodings.indexOf(hay, hay.length, needle, needle.length, 0, false);
    }
}
