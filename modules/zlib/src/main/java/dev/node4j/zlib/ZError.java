package dev.node4j.zlib;

/** A zlib failure as Node reports it: zlib's message and errno (Z_DATA_ERROR, Z_BUF_ERROR, ...). */
final class ZError extends Exception {
    static final int Z_NEED_DICT = 2;
    static final int Z_DATA_ERROR = -3;
    static final int Z_BUF_ERROR = -5;
    /** Not a zlib errno: the output passed maxOutputLength (JS raises ERR_BUFFER_TOO_LARGE). */
    static final int TOO_LARGE = -100;

    final int errno;
    /** Node's code when it is not zlib's name for errno (Brotli: ERR__ERROR_FORMAT_...). */
    final String code;

    ZError(int errno, String message) {
        this(errno, message, null);
    }

    ZError(int errno, String message, String code) {
        super(message == null ? "Zlib error" : message, null, false, false);
        this.errno = errno;
        this.code = code;
    }

    static ZError data(String message) {
        return new ZError(Z_DATA_ERROR, message);
    }

    static ZError unexpectedEnd() {
        return new ZError(Z_BUF_ERROR, "unexpected end of file");
    }
}
