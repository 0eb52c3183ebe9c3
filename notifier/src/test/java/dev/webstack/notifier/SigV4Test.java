package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the vectors AWS publishes for Signature Version 4. */
class SigV4Test {

    static final SigV4.Credentials EXAMPLE = new SigV4.Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    static final Instant AT = Instant.parse("2015-08-30T12:36:00Z");

    @Test
    void signsTheTestSuitesPostVanilla() {
        var headers = SigV4.sign("POST", "example.amazonaws.com", "/", "", Map.of(), "", EXAMPLE, "us-east-1", "service", AT);
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
                headers.get("Authorization"));
        assertEquals("20150830T123600Z", headers.get("X-Amz-Date"));
    }

    @Test
    void signsTheIamListUsersExample() {
        var headers = SigV4.sign("GET", "iam.amazonaws.com", "/", "Action=ListUsers&Version=2010-05-08",
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), "", EXAMPLE, "us-east-1", "iam", AT);
        assertTrue(headers.get("Authorization").endsWith("SignedHeaders=content-type;host;x-amz-date, "
                + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"), headers.get("Authorization"));
    }

    @Test
    void signsTheSessionTokenOfARole() {
        var role = new SigV4.Credentials("ASIAEXAMPLE", "secret", "token-123");
        var headers = SigV4.sign("POST", "example.amazonaws.com", "/", "", Map.of(), "{}", role, "ap-northeast-1", "secretsmanager", AT);
        assertEquals("token-123", headers.get("X-Amz-Security-Token"));
        assertTrue(headers.get("Authorization").contains("SignedHeaders=host;x-amz-date;x-amz-security-token"));
    }
}
