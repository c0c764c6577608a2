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
 * <p>Two JDK ciphers, both on the JDK's intrinsics: an opener turns ciphertext into plaintext; a
 * tagger, an AEAD cipher in encrypt mode with the same key and nonce, is fed the AAD and that
 * plaintext, and so produces the same ciphertext and the tag the sender computed (its ciphertext
 * is discarded). For GCM the opener is a second encrypt-mode GCM cipher fed the ciphertext: GCM
 * encryption XORs the keystream, so its output is the plaintext. Both then run the JDK's fused
 * AES-GCM code that encryption already warmed up (a separate AES-CTR cipher stayed on HotSpot's
 * slow path for many seconds), for any IV length. It outputs whole blocks only; the bytes it holds
 * back come from GcmKeystream. ChaCha20-Poly1305 opens with ChaCha20 from block 1. A truncated
 * GCM tag is the full tag's prefix (NIST SP 800-38D, MSB_t), so the full tag is compared by
 * prefix.
 */
final class AeadDecrypt {
    private static final int TAG = 16;
    private static final int SLICE = 64 * 1024;

    private final Cipher opener;
    private final Cipher tagger;
    /** GCM only: keystream for the bytes the opener holds back. */
    private final GcmKeystream tail;
    /** Ciphertext bytes taken, and plaintext bytes the opener has output (GCM: at most 15 fewer). */
    private long taken;
    private long opened;
    private byte[] scratch = new byte[0];

    AeadDecrypt(Ciphers.Info info, byte[] key, byte[] iv) throws GeneralSecurityException {
        boolean gcm = info.mode().equals("gcm");
        SecretKeySpec k = new SecretKeySpec(key, info.keyAlg());
        tagger = Cipher.getInstance(info.transformation());
        if (gcm) {
            tagger.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG * 8, iv));
            opener = Cipher.getInstance(info.transformation());
            opener.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG * 8, iv));
            tail = new GcmKeystream(k, iv);
        } else {
            tagger.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
            opener = Cipher.getInstance("ChaCha20");
            opener.init(Cipher.ENCRYPT_MODE, k, new ChaCha20ParameterSpec(iv, 1));
            tail = null;
        }
    }

    void aad(byte[] aad) {
        tagger.updateAAD(aad);
    }

    byte[] update(byte[] in) throws GeneralSecurityException {
        byte[] out = new byte[in.length];
        for (int off = 0; off < in.length; off += SLICE) {
            int n = Math.min(SLICE, in.length - off);
            open(in, off, n, out);
            if (scratch.length < tagger.getOutputSize(n)) scratch = new byte[tagger.getOutputSize(n)];
            tagger.update(out, off, n, scratch, 0);
        }
        return out;
    }

    /** Plaintext of in[off, off + n) into out[off, off + n). */
    private void open(byte[] in, int off, int n, byte[] out) throws GeneralSecurityException {
        int behind = (int) (taken - opened);
        int done;
        if (behind == 0) {
            done = opener.update(in, off, n, out, off);
            opened += done;
        } else {
            // The opener first re-outputs the held-back bytes, which the keystream already gave.
            byte[] blocks = opener.update(in, off, n);
            int got = blocks == null ? 0 : blocks.length;
            done = Math.max(0, got - behind);
            if (done > 0) System.arraycopy(blocks, behind, out, off, done);
            opened += got;
        }
        for (int i = done; i < n; ) {
            long pos = taken + i;
            byte[] ks = tail.block(pos / 16);
            int from = (int) (pos % 16);
            int m = Math.min(n - i, 16 - from);
            for (int j = 0; j < m; j++) out[off + i + j] = (byte) (in[off + i + j] ^ ks[from + j]);
            i += m;
        }
        taken += n;
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
