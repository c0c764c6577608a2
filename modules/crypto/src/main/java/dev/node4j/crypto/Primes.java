package dev.node4j.crypto;

import java.math.BigInteger;
import java.util.Random;

/** Prime generation with a residue condition (generatePrime's options.add / options.rem). */
final class Primes {
    private Primes() {}

    private static final int CERTAINTY = 100;

    /**
     * A prime p of exactly {@code bits} bits with p % add == rem (and (p-1)/2 prime when safe),
     * found as OpenSSL does: a random start moved onto the residue class, then stepped by add.
     * Like OpenSSL, it does not return when no such prime exists (e.g. add 7, rem 0).
     */
    static BigInteger withResidue(int bits, boolean safe, BigInteger add, BigInteger rem, Random random) {
        while (true) {
            BigInteger start = new BigInteger(bits, random).setBit(bits - 1);
            BigInteger p = start.subtract(start.mod(add)).add(rem);
            for (; p.bitLength() == bits; p = p.add(add)) {
                if (p.isProbablePrime(CERTAINTY) && (!safe || p.shiftRight(1).isProbablePrime(CERTAINTY))) {
                    return p;
                }
            }
        }
    }
}
