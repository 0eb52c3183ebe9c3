package dev.webstack.plan.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GIVEN the published SHA-256 test vectors, WHEN hashed, THEN the digits match them. */
class Sha256Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // FIPS 180-2, appendix B.1 and B.2
        "abc|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq|248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        // The empty message, as every SHA-256 implementation publishes it
        "''|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    })
    void fullDigestsMatchThePublishedVectors(String text, String expected) {
        assertEquals(expected, Sha256.hex(text, 64));
    }

    @Test
    void fewerDigitsAreThePrefixOfTheDigest() {
        assertEquals("ba7816", Sha256.hex("abc", 6));
    }

    @Test
    void textIsHashedAsUtf8() {
        // The bytes c3 a9 (U+00E9 in UTF-8), digested by coreutils' sha256sum; ISO-8859-1 would hash the single byte e9.
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Sha256.hex("\u00e9", 64));
    }

    @Test
    void digitsBeyondTheDigestAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sha256.hex("abc", 65));
        assertThrows(IllegalArgumentException.class, () -> Sha256.hex("abc", 0));
    }
}
