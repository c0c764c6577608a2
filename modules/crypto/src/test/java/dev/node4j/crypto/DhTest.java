package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class DhTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedPrimeIsSafeAndFitsTheGenerator() {
        BigInteger p = Dh.safePrime(256, 2, random);
        assertThat(p.bitLength()).isEqualTo(256);
        assertThat(p.isProbablePrime(40)).isTrue();
        assertThat(p.shiftRight(1).isProbablePrime(40)).isTrue();
        assertThat(p.mod(BigInteger.valueOf(24))).isEqualTo(BigInteger.valueOf(23));
    }

    @Test
    void checkFlagsFollowOpenSsl() {
        var group = Dh.GROUPS.get("modp2");
        assertThat(Dh.check(group.getP(), group.getG())).isZero();
        assertThat(Dh.check(BigInteger.valueOf(0xabcdef), BigInteger.TWO) & Dh.P_NOT_PRIME).isNotZero();
        assertThat(Dh.check(group.getP(), BigInteger.ONE) & Dh.NOT_SUITABLE_GENERATOR).isNotZero();
    }

    @Test
    void bothSidesAgreeOnAPaddedSecret() {
        var group = Dh.GROUPS.get("modp5");
        Dh a = new Dh(group.getP(), group.getG(), false);
        Dh b = new Dh(group.getP(), group.getG(), false);
        a.generateKeys(random);
        b.generateKeys(random);
        byte[] s1 = (byte[]) a.computeSecret(b.pub);
        byte[] s2 = (byte[]) b.computeSecret(a.pub);
        assertThat(s1).isEqualTo(s2).hasSize(a.byteLength());
        assertThat(a.computeSecret(BigInteger.ONE)).isEqualTo(1);
        assertThat(a.computeSecret(group.getP())).isEqualTo(2);
    }
}
