package dev.webstack.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.guardrails.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GIVEN policy documents as AWS accepts them, WHEN parsed, THEN rules see one shape. */
class PolicyTest {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "*, iam:PassRole, true",
            "iam:*, iam:PassRole, true",
            "IAM:passrole, iam:PassRole, true",
            "iam:Pass*, iam:PassRole, true",
            "iam:Get*, iam:PassRole, false",
            "s3:Get?bject, s3:GetObject, true",
            "s3:GetObject, s3:GetObjectAcl, false",
    })
    void actionPatternsMatchAsIamDoes(String pattern, String action, boolean matches) {
        assertEquals(matches, Policy.matches(pattern, action));
    }

    @Test
    void singleValuesAndListsReadTheSame() {
        var policy = Policy.parse("""
                {"Version": "2012-10-17", "Statement": {"Sid": "One", "Effect": "Allow", "Principal": "*", "Action": "sns:Publish",
                 "Resource": "arn:aws:sns:ap-northeast-1:123456789012:t",
                 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}, "Bool": {"aws:SecureTransport": ["true"]}}}}
                """);
        var statement = policy.statements().get(0);
        assertTrue(statement.allows());
        assertTrue(statement.anyPrincipal());
        assertEquals(List.of("sns:Publish"), statement.actions());
        assertEquals(List.of("arn:aws:sns:ap-northeast-1:123456789012:t"), statement.resources());
        assertEquals(List.of("123456789012"), statement.condition("aws:sourceaccount"));
        assertEquals(List.of("true"), statement.condition("aws:SecureTransport"));
        assertEquals("statement One", statement.label());
    }

    @Test
    void anAwsWildcardPrincipalIsAnyoneButAServiceIsNot() {
        var anyone = Policy.parse("{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"*\"]}, \"Action\": \"s3:GetObject\"}]}");
        assertTrue(anyone.statements().get(0).anyPrincipal());
        var service = Policy.parse("{\"Statement\": [{\"Effect\": \"Deny\", \"Principal\": {\"Service\": \"events.amazonaws.com\"},"
                + " \"NotAction\": \"s3:*\"}]}");
        var statement = service.statements().get(0);
        assertFalse(statement.anyPrincipal());
        assertFalse(statement.allows());
        assertEquals(List.of("events.amazonaws.com"), statement.principals().get("Service"));
        assertEquals(List.of("s3:*"), statement.notActions());
        assertEquals(List.of(), service.allows());
    }
}
