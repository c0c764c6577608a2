package dev.node4j.crypto;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Node's (OpenSSL's) symmetric cipher names mapped to JCA transformations. The JDK does the work
 * except AES-CCM, which only Bouncy Castle's provider has (used as an instance, never registered).
 */
public final class Ciphers {
    private Ciphers() {}

    static final Provider BC = new BouncyCastleProvider();

    /** One cipher as getCipherInfo reports it, plus its JCA transformation. */
    public record Info(String name, String nid, String mode, int keyLength, int ivLength, int blockSize,
            String transformation, String keyAlg) {
        public boolean aead() {
            return mode.equals("gcm") || mode.equals("ccm") || mode.equals("stream-aead");
        }

        // Accessors exported to JS (records' accessors are not annotated).
        @org.graalvm.polyglot.HostAccess.Export public String getName() { return name; }
        @org.graalvm.polyglot.HostAccess.Export public int getNid() { return nid.hashCode() & 0xffff; }
        @org.graalvm.polyglot.HostAccess.Export public String getMode() { return mode; }
        @org.graalvm.polyglot.HostAccess.Export public int getKeyLength() { return keyLength; }
        @org.graalvm.polyglot.HostAccess.Export public int getIvLength() { return ivLength; }
        @org.graalvm.polyglot.HostAccess.Export public int getBlockSize() { return blockSize; }
    }

    private static final Map<String, Info> TABLE = new LinkedHashMap<>();

    private static void add(String alias, Info info) {
        TABLE.put(alias, info);
    }

    static {
        for (int bits : new int[] {128, 192, 256}) {
            int k = bits / 8;
            String p = "aes-" + bits + "-";
            Info cbc = new Info(p + "cbc", p + "cbc", "cbc", k, 16, 16, "AES/CBC/PKCS5Padding", "AES");
            add(p + "cbc", cbc);
            add("aes" + bits, cbc);
            add(p + "ecb", new Info(p + "ecb", p + "ecb", "ecb", k, 0, 16, "AES/ECB/PKCS5Padding", "AES"));
            add(p + "ctr", new Info(p + "ctr", p + "ctr", "ctr", k, 16, 1, "AES/CTR/NoPadding", "AES"));
            add(p + "ofb", new Info(p + "ofb", p + "ofb", "ofb", k, 16, 1, "AES/OFB/NoPadding", "AES"));
            add(p + "cfb", new Info(p + "cfb", p + "cfb", "cfb", k, 16, 1, "AES/CFB/NoPadding", "AES"));
            add(p + "cfb8", new Info(p + "cfb8", p + "cfb8", "cfb", k, 16, 1, "AES/CFB8/NoPadding", "AES"));
            Info gcm = new Info("id-aes" + bits + "-gcm", p + "gcm", "gcm", k, 12, 1, "AES/GCM/NoPadding", "AES");
            add(p + "gcm", gcm);
            add("id-aes" + bits + "-gcm", gcm);
            Info ccm = new Info("id-aes" + bits + "-ccm", p + "ccm", "ccm", k, 12, 1, "AES/CCM/NoPadding", "AES");
            add(p + "ccm", ccm);
            add("id-aes" + bits + "-ccm", ccm);
        }
        add("chacha20-poly1305", new Info("chacha20-poly1305", "chacha20-poly1305", "stream-aead", 32, 12, 1,
                "ChaCha20-Poly1305", "ChaCha20"));
        Info ede3 = new Info("des-ede3-cbc", "des-ede3-cbc", "cbc", 24, 8, 8, "DESede/CBC/PKCS5Padding", "DESede");
        add("des-ede3-cbc", ede3);
        add("des3", ede3);
    }

    public static Info info(String name) {
        return name == null ? null : TABLE.get(name.toLowerCase(Locale.ROOT));
    }

    public static List<String> names() {
        List<String> l = new ArrayList<>(TABLE.keySet());
        l.sort(null);
        return l;
    }

    /** A running cipher operation. AEAD tags travel separately, as in Node. */
    public static final class State {
        final Info info;
        final boolean encrypt;
        final Cipher cipher;
        /** GCM and ChaCha20-Poly1305 decryption, which Node streams (null otherwise). */
        private final AeadDecrypt aeadDecrypt;
        final int tagLen;
        private final byte[] key;
        private final byte[] iv;
        private boolean padding = true;
        private boolean started;
        byte[] tag;

        State(Info info, boolean encrypt, byte[] key, byte[] iv, int tagLen) throws GeneralSecurityException {
            this.info = info;
            this.encrypt = encrypt;
            this.key = key;
            this.iv = iv;
            this.tagLen = tagLen;
            if (info.aead() && !encrypt && !info.mode.equals("ccm")) {
                this.aeadDecrypt = new AeadDecrypt(info, key, iv);
                this.cipher = null;
                return;
            }
            this.aeadDecrypt = null;
            // The JDK has no CCM and no GCM tags under 96 bits; Bouncy Castle's provider does.
            boolean bc = info.mode.equals("ccm") || (info.mode.equals("gcm") && tagLen < 12);
            this.cipher = bc ? Cipher.getInstance(info.transformation, BC)
                    : Cipher.getInstance(info.transformation);
            init();
        }

        private void init() throws GeneralSecurityException {
            int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            SecretKeySpec k = new SecretKeySpec(key, info.keyAlg);
            if (info.mode.equals("gcm") || info.mode.equals("ccm")) cipher.init(op, k, new GCMParameterSpec(tagLen * 8, iv));
            else if (info.ivLength == 0) cipher.init(op, k);
            else cipher.init(op, k, new IvParameterSpec(iv));
        }

        /** setAutoPadding(false) on a block mode: re-create the cipher without padding. */
        void setPadding(boolean on) throws GeneralSecurityException {
            padding = on;
        }

        private Cipher active() throws GeneralSecurityException {
            if (!started) {
                started = true;
                if (!padding && info.transformation.endsWith("PKCS5Padding")) {
                    Cipher c = Cipher.getInstance(info.transformation.replace("PKCS5Padding", "NoPadding"));
                    swap = c;
                    int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
                    SecretKeySpec k = new SecretKeySpec(key, info.keyAlg);
                    if (info.ivLength == 0) c.init(op, k);
                    else c.init(op, k, new IvParameterSpec(iv));
                }
            }
            return swap != null ? swap : cipher;
        }

        private Cipher swap;

        void aad(byte[] aad) throws GeneralSecurityException {
            if (aeadDecrypt != null) aeadDecrypt.aad(aad);
            else active().updateAAD(aad);
        }

        /**
         * Large inputs go to the JCA in 64 KiB slices: HotSpot compiles the JDK's AES/GCM fast
         * paths only for loops it sees often, and a handful of 1 MiB calls stay on the slow path
         * (about 20 MiB/s against GiB/s once sliced).
         */
        byte[] update(byte[] in) throws GeneralSecurityException {
            if (aeadDecrypt != null) return aeadDecrypt.update(in);
            Cipher c = active();
            inputBytes += in.length;
            if (in.length <= SLICE) {
                byte[] out = c.update(in);
                return out == null ? new byte[0] : out;
            }
            byte[] out = new byte[c.getOutputSize(in.length)];
            int n = 0;
            for (int off = 0; off < in.length; off += SLICE) {
                n += c.update(in, off, Math.min(SLICE, in.length - off), out, n);
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }

        private static final int SLICE = 64 * 1024;
        private long inputBytes;

        /** Finishes; returns the last output. Throws AEADBadTagException on authentication failure. */
        byte[] doFinal() throws GeneralSecurityException {
            if (aeadDecrypt != null) return aeadDecrypt.doFinal(tag);
            Cipher c = active();
            if (!encrypt && inputBytes == 0 && c.getAlgorithm().endsWith("PKCS5Padding")) {
                // OpenSSL needs a whole padded block to decrypt; the JCA returns nothing for no input.
                throw new javax.crypto.IllegalBlockSizeException("wrong final block length");
            }
            if (info.aead() && !encrypt) {
                return c.doFinal(tag == null ? new byte[0] : tag);
            }
            byte[] out = c.doFinal();
            if (info.aead()) {
                // JCA appends the tag to the ciphertext; Node hands it out with getAuthTag().
                int n = out.length - tagLen;
                tag = java.util.Arrays.copyOfRange(out, n, out.length);
                out = java.util.Arrays.copyOf(out, n);
            }
            return out;
        }
    }

    static boolean isAuthFailure(Throwable e) {
        return e instanceof AEADBadTagException
                || (e.getClass().getName().contains("InvalidCipherText"));
    }
}
