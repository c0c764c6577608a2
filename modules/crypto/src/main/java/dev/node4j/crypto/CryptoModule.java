package dev.node4j.crypto;

import java.util.List;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeModule;

/** Node's {@code crypto} module and the global {@code crypto} (enumerable on Node 25). */
public final class CryptoModule implements NodeModule {
    @Override
    public String name() {
        return "crypto";
    }

    @Override
    public List<String> ids() {
        return List.of("crypto", "internal/crypto_hash", "internal/crypto_lazy_transform", "internal/crypto_random", "internal/crypto_kdf",
                "internal/crypto_cipher", "internal/crypto_util", "internal/crypto_keys",
                "internal/crypto_sig", "internal/crypto_webcrypto", "internal/crypto_x509", "internal/crypto_certificate", "internal/crypto_prime",
                "internal/crypto_dh", "internal/crypto_keygen", "internal/crypto_webidl",
                "internal/crypto_webcrypto_algs", "internal/crypto_webcrypto_keys", "internal/crypto_webcrypto_aes",
                "internal/crypto_webcrypto_ec", "internal/crypto_webcrypto_cfrg", "internal/crypto_webcrypto_rsa",
                "internal/crypto_webcrypto_mac", "internal/crypto_webcrypto_kdf", "internal/crypto_webcrypto_supports",
                "internal/crypto_kem", "internal/crypto_openssl");
    }

    @Override
    public Object createBinding(NodeEnv env) {
        return new CryptoBinding(env);
    }

    @Override
    public List<GlobalSpec> globals() {
        // As on Node 25: only the crypto instance is enumerable.
        return List.of(GlobalSpec.enumerable("crypto", "crypto", "webcrypto"),
                GlobalSpec.of("Crypto", "internal/crypto_webcrypto", "Crypto"),
                GlobalSpec.of("CryptoKey", "internal/crypto_webcrypto", "CryptoKey"),
                GlobalSpec.of("SubtleCrypto", "internal/crypto_webcrypto", "SubtleCrypto"));
    }
}
