package dev.webstack.notifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for one JSON POST: what the function needs to call Secrets
 * Manager without bundling an SDK. Verified against AWS's published test vectors.
 */
final class SigV4 {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Credentials of the function's role, as Lambda puts them in the environment. */
    record Credentials(String accessKeyId, String secretAccessKey, String sessionToken) {
        static Credentials fromEnvironment(Map<String, String> environment) {
            var key = environment.get("AWS_ACCESS_KEY_ID");
            var secret = environment.get("AWS_SECRET_ACCESS_KEY");
            if (key == null || secret == null) {
                throw new IllegalStateException("no AWS credentials in the environment");
            }
            return new Credentials(key, secret, environment.get("AWS_SESSION_TOKEN"));
        }
    }

    private SigV4() {
    }

    /**
     * The headers to send: the given ones plus X-Amz-Date, the session token when there is one,
     * and Authorization. Signs host, x-amz-* and the given headers.
     */
    static Map<String, String> sign(String method, String host, String path, String query, Map<String, String> headers, String body,
                                    Credentials credentials, String region, String service, Instant now) {
        var stamp = STAMP.format(now);
        var date = stamp.substring(0, 8);
        var signed = new TreeMap<String, String>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(), v.trim()));
        signed.put("host", host);
        signed.put("x-amz-date", stamp);
        if (credentials.sessionToken() != null) {
            signed.put("x-amz-security-token", credentials.sessionToken());
        }
        var canonicalHeaders = new StringBuilder();
        signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
        var signedHeaders = String.join(";", signed.keySet());
        var canonicalRequest = method + "\n" + path + "\n" + query + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + sha256Hex(body);
        var scope = date + "/" + region + "/" + service + "/aws4_request";
        var stringToSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
        var signature = HexFormat.of().formatHex(hmac(signingKey(credentials.secretAccessKey(), date, region, service), stringToSign));

        var result = new LinkedHashMap<String, String>(headers);
        result.put("X-Amz-Date", stamp);
        if (credentials.sessionToken() != null) {
            result.put("X-Amz-Security-Token", credentials.sessionToken());
        }
        result.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return result;
    }

    static byte[] signingKey(String secret, String date, String region, String service) {
        var key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String sha256Hex(String data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
