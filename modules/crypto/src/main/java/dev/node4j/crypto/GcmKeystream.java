package dev.node4j.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Single GCM keystream blocks, for the few bytes of an update that the JDK's GCM cipher holds back
 * until a whole block has arrived. Block b of the payload is E(K, inc32^(b+1)(J0)) (NIST SP
 * 800-38D): J0 is IV || 0^31 || 1 for a 96-bit IV, else GHASH over the padded IV and its length.
 */
final class GcmKeystream {
    private final Cipher ecb;
    private final byte[] j0;
    private long cachedBlock = -1;
    private final byte[] cached = new byte[16];

    GcmKeystream(SecretKeySpec key, byte[] iv) throws GeneralSecurityException {
        ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, key);
        if (iv.length == 12) {
            j0 = Arrays.copyOf(iv, 16);
            j0[15] = 1;
        } else {
            j0 = ghashIv(ecb.doFinal(new byte[16]), iv);
        }
    }

    /** Keystream block b (0 = the first payload block); the last one is kept for the next call. */
    byte[] block(long b) throws GeneralSecurityException {
        if (b != cachedBlock) {
            byte[] counter = j0.clone();
            int c = (int) getInt(counter, 12) + (int) (b + 1);
            for (int i = 0; i < 4; i++) counter[12 + i] = (byte) (c >>> (24 - 8 * i));
            ecb.doFinal(counter, 0, 16, cached, 0);
            cachedBlock = b;
        }
        return cached;
    }

    /** GHASH_H(IV || 0-pad || 0^64 || [len(IV) in bits]_64). */
    private static byte[] ghashIv(byte[] h, byte[] iv) {
        long hh = getLong(h, 0), hl = getLong(h, 8);
        byte[] x = new byte[(iv.length + 15) / 16 * 16 + 16];
        System.arraycopy(iv, 0, x, 0, iv.length);
        long bits = iv.length * 8L;
        for (int i = 0; i < 8; i++) x[x.length - 1 - i] = (byte) (bits >>> (8 * i));
        long yh = 0, yl = 0;
        for (int off = 0; off < x.length; off += 16) {
            long[] y = mul(yh ^ getLong(x, off), yl ^ getLong(x, off + 8), hh, hl);
            yh = y[0];
            yl = y[1];
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (yh >>> (56 - 8 * i));
            out[8 + i] = (byte) (yl >>> (56 - 8 * i));
        }
        return out;
    }

    /** Multiplication in GF(2^128) with GCM's bit order (SP 800-38D, algorithm 1). */
    private static long[] mul(long xh, long xl, long yh, long yl) {
        long zh = 0, zl = 0, vh = yh, vl = yl;
        for (int i = 0; i < 128; i++) {
            long bit = -((i < 64 ? xh >>> (63 - i) : xl >>> (127 - i)) & 1);
            zh ^= vh & bit;
            zl ^= vl & bit;
            long carry = -(vl & 1);
            vl = (vl >>> 1) | (vh << 63);
            vh = (vh >>> 1) ^ (0xE100000000000000L & carry);
        }
        return new long[] {zh, zl};
    }

    private static long getLong(byte[] b, int off) {
        return (getInt(b, off) << 32) | getInt(b, off + 4);
    }

    private static long getInt(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }
}
