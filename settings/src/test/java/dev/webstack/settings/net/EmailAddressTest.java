package dev.webstack.settings.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GIVEN an address, THEN its domain is recognised as reserved by RFC 2606 / RFC 6761 exactly when it is. */
class EmailAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "oncall@example.com          | example.com | RFC 2606 section 3, RFC 6761 section 6.5",
            "OnCall@EXAMPLE.COM          | example.com | RFC 2606 section 3, RFC 6761 section 6.5",
            "oncall@mail.example.net     | example.net | RFC 2606 section 3, RFC 6761 section 6.5",
            "oncall@example.org          | example.org | RFC 2606 section 3, RFC 6761 section 6.5",
            "oncall@corp.example         | example     | RFC 2606 section 2, RFC 6761 section 6.5",
            "oncall@ops.test             | test        | RFC 2606 section 2, RFC 6761 section 6.2",
            "oncall@nowhere.invalid      | invalid     | RFC 2606 section 2, RFC 6761 section 6.4",
            "oncall@box.localhost        | localhost   | RFC 2606 section 2, RFC 6761 section 6.3",
    })
    void aReservedDomainIsNamedWithTheSectionsThatReserveIt(String address, String domain, String sections) {
        assertEquals(Optional.of(new EmailAddress.Reserved(domain, sections)), EmailAddress.reservedDomain(address));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"oncall@example-corp.com", "oncall@example.co.jp", "oncall@notexample.com", "oncall@test.com",
            "oncall@examples.org", "oncall@localhost.example-corp.com", "example.com@example-corp.com"})
    void aDomainAnyoneMayOwnIsNotReserved(String address) {
        assertEquals(Optional.empty(), EmailAddress.reservedDomain(address));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a@b.co, true", "a@b, false", "@b.co, false", "a@b.co., false", "a.@b.co, false"})
    void syntax(String address, boolean valid) {
        assertEquals(valid, EmailAddress.isValid(address));
    }

    @ParameterizedTest(name = "local part of {0} characters")
    @CsvSource({"64, true", "65, false"})
    void theLocalPartIsAtMost64Characters(int length, boolean valid) {
        assertEquals(valid, EmailAddress.isValid("a".repeat(length) + "@example-corp.com"));
    }
}
