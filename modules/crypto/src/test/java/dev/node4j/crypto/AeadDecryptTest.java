package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GCM and ChaCha20-Poly1305 decryption through Ciphers.State: every update hands out its
 * plaintext at once (as OpenSSL does), and final checks the tag, also a truncated one.
 * The JCA's one-shot AEAD encryption is the reference.
 */
class AeadDecryptTest {
    private static final byte[] AAD = "header".getBytes();

    /** JCA encryption: ciphertext followed by the 16-byte tag. */
    private static byte[] seal(String cipher, byte[] key, byte[] iv, byte[] plain) throws Exception {
        Ciphers.Info info = Ciphers.info(cipher);
        Cipher c = Cipher.getInstance(info.transformation());
        SecretKeySpec k = new SecretKeySpec(key, info.keyAlg());
        if (info.mode().equals("gcm")) c.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(128, iv));
        else c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
        c.updateAAD(AAD);
        return c.doFinal(plain);
    }

    private static Ciphers.State opener(String cipher, byte[] key, byte[] iv, byte[] tag) throws Exception {
        Ciphers.State d = new Ciphers.State(Ciphers.info(cipher), false, key, iv, tag.length);
        d.aad(AAD);
        d.tag = tag;
        return d;
    }

    @ParameterizedTest
    @CsvSource({
        "aes-256-gcm, 12, 0", "aes-256-gcm, 12, 15", "aes-128-gcm, 12, 200003",
        "aes-256-gcm, 16, 33", "aes-192-gcm, 8, 70000", "aes-256-gcm, 60, 1",
        "chacha20-poly1305, 12, 0", "chacha20-poly1305, 12, 131073",
    })
    void updatesHandOutPlaintextAndFinalChecksTheTag(String cipher, int ivLen, int size) throws Exception {
        Random r = new Random(size * 31L + ivLen);
        byte[] key = new byte[Ciphers.info(cipher).keyLength()];
        byte[] iv = new byte[ivLen];
        byte[] plain = new byte[size];
        r.nextBytes(key);
        r.nextBytes(iv);
        r.nextBytes(plain);
        byte[] sealed = seal(cipher, key, iv, plain);
        byte[] ct = Arrays.copyOf(sealed, size);
        byte[] tag = Arrays.copyOfRange(sealed, size, sealed.length);

        Ciphers.State d = opener(cipher, key, iv, tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < size; ) {
            int n = Math.min(size - off, 1 + r.nextInt(90000));
            byte[] part = d.update(Arrays.copyOfRange(ct, off, off + n));
            assertThat(part).hasSize(n);
            out.write(part);
            off += n;
        }
        assertThat(d.doFinal()).isEmpty();
        assertThat(out.toByteArray()).isEqualTo(plain);

        Ciphers.State truncated = opener(cipher, key, iv, Arrays.copyOf(tag, 12));
        truncated.update(ct);
        assertThat(truncated.doFinal()).isEmpty();

        byte[] bad = tag.clone();
        bad[15] ^= 1;
        Ciphers.State forged = opener(cipher, key, iv, bad);
        assertThat(forged.update(ct)).isEqualTo(plain);
        assertThatThrownBy(forged::doFinal).matches(Ciphers::isAuthFailure);
    }

    /** Updates of 0 to 40 bytes: GCM's held-back partial blocks come from the keystream, in order. */
    @ParameterizedTest
    @CsvSource({"aes-128-gcm, 12", "aes-256-gcm, 7", "aes-192-gcm, 32", "chacha20-poly1305, 12"})
    void smallUnalignedUpdates(String cipher, int ivLen) throws Exception {
        Random r = new Random(ivLen);
        byte[] key = new byte[Ciphers.info(cipher).keyLength()];
        byte[] iv = new byte[ivLen];
        byte[] plain = new byte[1000];
        r.nextBytes(key);
        r.nextBytes(iv);
        r.nextBytes(plain);
        byte[] sealed = seal(cipher, key, iv, plain);
        Ciphers.State d = opener(cipher, key, iv, Arrays.copyOfRange(sealed, plain.length, sealed.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < plain.length; ) {
            int n = Math.min(plain.length - off, r.nextInt(41));
            out.write(d.update(Arrays.copyOfRange(sealed, off, off + n)));
            off += n;
        }
        assertThat(d.doFinal()).isEmpty();
        assertThat(out.toByteArray()).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource({"aes-256-gcm", "chacha20-poly1305"})
    void aMissingTagFailsAuthentication(String cipher) throws Exception {
        Ciphers.State d = new Ciphers.State(Ciphers.info(cipher), false, new byte[32], new byte[12], 16);
        d.update(new byte[5]);
        assertThatThrownBy(d::doFinal).matches(Ciphers::isAuthFailure);
    }
}
