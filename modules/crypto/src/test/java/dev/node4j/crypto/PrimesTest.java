package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrimesTest {
    @ParameterizedTest
    @CsvSource({"32, false, 12, 11", "32, false, 10, 3", "64, false, 1024, 1", "24, true, 12, 11", "16, false, 1, 0"})
    void primeOfTheSizeInTheResidueClass(int bits, boolean safe, long add, long rem) {
        Random random = new Random(bits * 7L + add);
        for (int i = 0; i < 20; i++) {
            BigInteger p = Primes.withResidue(bits, safe, BigInteger.valueOf(add), BigInteger.valueOf(rem), random);
            assertThat(p.bitLength()).isEqualTo(bits);
            assertThat(p.isProbablePrime(100)).isTrue();
            assertThat(p.mod(BigInteger.valueOf(add))).isEqualTo(BigInteger.valueOf(rem));
            if (safe) assertThat(p.shiftRight(1).isProbablePrime(100)).isTrue();
        }
    }
}
