package dev.webstack.plan.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one digest behind every name or id webstack derives from text (name suffixes, alarm
 * names, the offline engine's fake ids). It lives in the plan module because that is the
 * lowest module every user reaches; changing it renames resources, so it never changes.
 */
public final class Sha256 {

    private static final int HEX_DIGITS = 64;

    private Sha256() {
    }

    /** The first {@code digits} lower-case hex digits of SHA-256 over the UTF-8 bytes of {@code text}. */
    public static String hex(String text, int digits) {
        if (digits < 1 || digits > HEX_DIGITS) {
            throw new IllegalArgumentException("a SHA-256 digest has 1 to " + HEX_DIGITS + " hex digits, not " + digits);
        }
        return HexFormat.of().formatHex(digest(text)).substring(0, digits);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
