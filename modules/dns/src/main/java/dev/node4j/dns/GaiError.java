package dev.node4j.dns;

import java.net.UnknownHostException;

/** A getaddrinfo/getnameinfo failure as libuv numbers it (UV_EAI_*), which Node's errors carry. */
final class GaiError extends Exception {
    static final int EAI_AGAIN = -3001;
    static final int EAI_FAIL = -3004;
    static final int EAI_MEMORY = -3006;
    static final int EAI_NODATA = -3007;
    static final int EAI_NONAME = -3008;

    final int errno;

    GaiError(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    /**
     * The JDK reports getaddrinfo's failure only as text: "host: " + gai_strerror(code). glibc's
     * texts name the code; anything else is a name that was not found.
     */
    static GaiError of(UnknownHostException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.endsWith("Temporary failure in name resolution")) return new GaiError(EAI_AGAIN);
        if (m.endsWith("Non-recoverable failure in name resolution")) return new GaiError(EAI_FAIL);
        if (m.endsWith("Memory allocation failure")) return new GaiError(EAI_MEMORY);
        if (m.endsWith("No address associated with hostname")) return new GaiError(EAI_NODATA);
        return new GaiError(EAI_NONAME);
    }
}
