package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The windowed multiplier against Bouncy Castle's comb, and signatures made with it. */
class EcdsaBaseMultiplierTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The multiplier, once enough signatures on the curve had it build its tables. */
    private static ECMultiplier multiplier(ECNamedDomainParameters params) {
        ECMultiplier m = null;
        for (int i = 0; i < 40 && m == null; i++) m = EcdsaBaseMultiplier.forCurve(params);
        assertThat(m).isNotNull();
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"prime256v1", "secp256k1", "secp224r1"})
    void sameXAsTheComb(String curve) {
        ECNamedDomainParameters params = Curves.params(Curves.oid(curve));
        ECMultiplier m = multiplier(params);
        BigInteger n = params.getN();
        ECPoint g = params.getG();
        BigInteger[] edges = {BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(63), BigInteger.valueOf(64),
            n.subtract(BigInteger.ONE), n.subtract(BigInteger.TWO), n.shiftRight(1), BigInteger.ONE.shiftLeft(n.bitLength() - 1)};
        for (int i = 0; i < 300 + edges.length; i++) {
            BigInteger k = i < edges.length ? edges[i] : new BigInteger(n.bitLength(), RANDOM).mod(n);
            if (k.signum() == 0) continue;
            ECPoint expected = new FixedPointCombMultiplier().multiply(g, k).normalize();
            ECPoint got = m.multiply(g, k).normalize();
            assertThat(got.getAffineXCoord()).as("k = %s", k).isEqualTo(expected.getAffineXCoord());
            assertThat(got.equals(expected) || got.equals(expected.negate())).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prime256v1", "secp256k1"})
    void signaturesVerify(String curve) {
        ECNamedDomainParameters params = Curves.params(Curves.oid(curve));
        BigInteger d = new BigInteger(params.getN().bitLength() - 1, RANDOM).add(BigInteger.ONE);
        var priv = new ECPrivateKeyParameters(d, params);
        var pub = new ECPublicKeyParameters(params.getG().multiply(d).normalize(), params);
        byte[] hash = new byte[32];
        for (int i = 0; i < 100; i++) {
            RANDOM.nextBytes(hash);
            ECDSASigner s = EcdsaBaseMultiplier.signer(params);
            s.init(true, new ParametersWithRandom(priv, RANDOM));
            BigInteger[] rs = s.generateSignature(hash);
            ECDSASigner v = new ECDSASigner();
            v.init(false, pub);
            assertThat(v.verifySignature(hash, rs[0], rs[1])).isTrue();
        }
    }
}
