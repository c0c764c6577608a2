package dev.node4j.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.graalvm.polyglot.HostAccess;

import dev.node4j.core.Errno;
import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeException;

/**
 * The .env entry points: {@code process.loadEnvFile} (read a file, parse it) and {@code util.parseEnv}
 * (parse a text), both through the one {@link DotEnv} parser.
 */
public final class DotEnvBinding {
    private final NodeEnv env;

    DotEnvBinding(NodeEnv env) {
        this.env = env;
    }

    /**
     * The variables of the file at {@code path} (relative to the runtime's cwd) as a flat
     * {@code [key, value, ...]} array. A file that cannot be opened is Node's system error for
     * {@code open}; one that opens but cannot be read (a directory) is Node's
     * {@code ERR_INVALID_ARG_TYPE} "Contents of ... should be a valid string.".
     */
    @HostAccess.Export
    public String[] readFile(String path) {
        Path file = env.resolvePath(path);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException | SecurityException e) {
            throw env.throwValue(env.systemError(Errno.of(e).name(), "open", path, null));
        }
        byte[] bytes;
        try (ch) {
            bytes = readAll(ch);
        } catch (IOException e) {
            throw env.toJs(new NodeException("TypeError", "ERR_INVALID_ARG_TYPE",
                    "Contents of '" + path + "' should be a valid string."));
        }
        return DotEnv.parseFlat(new String(bytes, StandardCharsets.UTF_8));
    }

    /** util.parseEnv: the variables of a .env text, in the same flat form. */
    @HostAccess.Export
    public String[] parse(String content) {
        return DotEnv.parseFlat(content);
    }

    private static byte[] readAll(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        var out = new java.io.ByteArrayOutputStream();
        while (ch.read(buf) >= 0) {
            out.write(buf.array(), 0, buf.position());
            buf.clear();
        }
        return out.toByteArray();
    }
}
