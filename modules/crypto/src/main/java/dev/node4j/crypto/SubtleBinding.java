package dev.node4j.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.macs.KMAC;
import org.bouncycastle.crypto.modes.OCBBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Primitives only Web Crypto needs (node:crypto has no API for them): AES key wrap (RFC 3394),
 * AES-OCB (RFC 7253) and KMAC (SP 800-185), all from Bouncy Castle's low-level engines. Bytes in
 * as {@code (arrayBuffer, offset, length)}, out as latin1 strings; a failed integrity check
 * returns null and the JS side throws Web Crypto's OperationError.
 */
public final class SubtleBinding {
    /** AES-KW: wraps (encrypt) or unwraps the data; null when unwrapping fails its integrity check. */
    @HostAccess.Export
    public String aesKw(boolean wrap, Value k, int ko, int kl, Value d, int dof, int dl) {
        return latin1OrNull(keyWrap(wrap, CryptoBinding.read(k, ko, kl), CryptoBinding.read(d, dof, dl)));
    }

    /**
     * AES-OCB: ciphertext with the tag appended (encrypt), or the plaintext of ciphertext||tag
     * (decrypt); null when the tag does not verify.
     */
    @HostAccess.Export
    public String aesOcb(boolean encrypt, Value k, int ko, int kl, Value iv, int io, int il, Value aad, int ao,
            int al, int tagBits, Value d, int dof, int dl) {
        return latin1OrNull(ocb(encrypt, CryptoBinding.read(k, ko, kl), CryptoBinding.read(iv, io, il),
                CryptoBinding.read(aad, ao, al), tagBits, CryptoBinding.read(d, dof, dl)));
    }

    /** KMAC128/KMAC256 of the data with the given customization, outLen bytes long. */
    @HostAccess.Export
    public String kmac(int bits, Value k, int ko, int kl, Value s, int so, int sl, Value d, int dof, int dl,
            int outLen) {
        return CryptoBinding.latin1(kmac(bits, CryptoBinding.read(k, ko, kl), CryptoBinding.read(s, so, sl),
                CryptoBinding.read(d, dof, dl), outLen));
    }

    /** Whether an EC private key's scalar lies in [1, n-1] (OpenSSL rejects others on import). */
    @HostAccess.Export
    public boolean ecPrivateValid(AsymKey k) {
        if (!(k.privParam instanceof ECPrivateKeyParameters p)) return false;
        return p.getD().signum() > 0 && p.getD().compareTo(p.getParameters().getN()) < 0;
    }

    private static String latin1OrNull(byte[] b) {
        return b == null ? null : CryptoBinding.latin1(b);
    }

    static byte[] keyWrap(boolean wrap, byte[] key, byte[] in) {
        AESWrapEngine engine = new AESWrapEngine();
        engine.init(wrap, new KeyParameter(key));
        try {
            return wrap ? engine.wrap(in, 0, in.length) : engine.unwrap(in, 0, in.length);
        } catch (InvalidCipherTextException | RuntimeException e) {
            return null;   // bad length (not whole 64-bit blocks) or a failed integrity check
        }
    }

    static byte[] ocb(boolean encrypt, byte[] key, byte[] iv, byte[] aad, int tagBits, byte[] in) {
        OCBBlockCipher cipher = new OCBBlockCipher(AESEngine.newInstance(), AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), tagBits, iv, aad));
        byte[] out = new byte[cipher.getOutputSize(in.length)];
        try {
            int n = cipher.processBytes(in, 0, in.length, out, 0);
            n += cipher.doFinal(out, n);
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException e) {
            return null;
        }
    }

    static byte[] kmac(int bits, byte[] key, byte[] customization, byte[] in, int outLen) {
        KMAC mac = new KMAC(bits, customization);
        mac.init(new KeyParameter(key));
        mac.update(in, 0, in.length);
        byte[] out = new byte[outLen];
        mac.doFinal(out, 0, outLen);
        return out;
    }
}
