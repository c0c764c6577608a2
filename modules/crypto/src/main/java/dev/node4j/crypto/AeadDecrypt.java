package dev.node4j.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM and ChaCha20-Poly1305 decryption that hands out plaintext on every update, as Node
 * (OpenSSL) does; the tag is checked in final. The JCA's AEAD decryption instead holds all
 * plaintext back until doFinal, which both changes what update returns and is slow on large
 * inputs (one huge doFinal).
 *
 * <p>Two JDK ciphers, both on the JDK's intrinsics: a keystream cipher (AES-CTR from GCM's first
 * payload counter, ChaCha20 from block 1) turns ciphertext into plaintext; an AEAD cipher in
 * encrypt mode with the same key and nonce is fed the AAD and that plaintext, and so produces
 * the same ciphertext and the tag the sender computed. Its ciphertext is discarded. A truncated
 * GCM tag is the full tag's prefix (NIST SP 800-38D, MSB_t), so the full tag is compared by
 * prefix.
 */
final class AeadDecrypt {
    private static final int TAG = 16;
    private static final int SLICE = 64 * 1024;

    private final Cipher keystream;
    /** GCM with a nonce other than 96 bits: the keystream is the GCM encryption of zeros. */
    private final boolean keystreamFromZeros;
    private final Cipher tagger;
    private byte[] scratch = new byte[0];

    AeadDecrypt(Ciphers.Info info, byte[] key, byte[] iv) throws GeneralSecurityException {
        boolean gcm = info.mode().equals("gcm");
        SecretKeySpec k = new SecretKeySpec(key, info.keyAlg());
        tagger = Cipher.getInstance(info.transformation());
        if (gcm) {
            tagger.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG * 8, iv));
            keystreamFromZeros = iv.length != 12;
            if (keystreamFromZeros) {
                keystream = Cipher.getInstance(info.transformation());
                keystream.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG * 8, iv));
            } else {
                // 96-bit nonce: J0 = IV || 0^31 || 1; the payload starts at inc32(J0). A valid GCM
                // message (< 2^32 - 2 blocks) never carries into the upper 96 bits, so the JDK's
                // 128-bit CTR increment matches GCM's inc32.
                byte[] counter = Arrays.copyOf(iv, 16);
                counter[15] = 2;
                keystream = Cipher.getInstance("AES/CTR/NoPadding");
                keystream.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(counter));
            }
        } else {
            tagger.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
            keystreamFromZeros = false;
            keystream = Cipher.getInstance("ChaCha20");
            keystream.init(Cipher.ENCRYPT_MODE, k, new ChaCha20ParameterSpec(iv, 1));
        }
    }

    void aad(byte[] aad) {
        tagger.updateAAD(aad);
    }

    byte[] update(byte[] in) throws GeneralSecurityException {
        byte[] out = new byte[in.length];
        for (int off = 0; off < in.length; off += SLICE) {
            int n = Math.min(SLICE, in.length - off);
            if (keystreamFromZeros) {
                byte[] ks = keystreamBytes(n);
                for (int i = 0; i < n; i++) out[off + i] = (byte) (in[off + i] ^ ks[i]);
            } else {
                keystream.update(in, off, n, out, off);
            }
            if (scratch.length < tagger.getOutputSize(n)) scratch = new byte[tagger.getOutputSize(n)];
            tagger.update(out, off, n, scratch, 0);
        }
        return out;
    }

    /** Unused keystream from the last whole block (GCM hands out whole blocks only). */
    private byte[] spare = new byte[0];

    private byte[] keystreamBytes(int n) {
        int blocks = (n - spare.length + 15) / 16;
        byte[] fresh = blocks > 0 ? keystream.update(new byte[blocks * 16]) : new byte[0];
        byte[] all = Arrays.copyOf(spare, spare.length + fresh.length);
        System.arraycopy(fresh, 0, all, spare.length, fresh.length);
        spare = Arrays.copyOfRange(all, n, all.length);
        return all;
    }

    /** Checks the tag (the first tag.length bytes of the full tag); nothing is left to output. */
    byte[] doFinal(byte[] tag) throws GeneralSecurityException {
        byte[] last = tagger.doFinal();
        byte[] full = Arrays.copyOfRange(last, last.length - TAG, last.length);
        if (tag == null || tag.length == 0 || tag.length > TAG
                || !MessageDigest.isEqual(tag, Arrays.copyOf(full, tag.length))) {
            throw new AEADBadTagException("Tag mismatch");
        }
        return new byte[0];
    }
}
