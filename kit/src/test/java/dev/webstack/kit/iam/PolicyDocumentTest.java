package dev.webstack.kit.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.plan.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

    @Test
    void rendersTheJsonAwsExpects() {
        var json = PolicyDocument.of(
                Statement.allow("sts:AssumeRole").principalService("ecs-tasks.amazonaws.com")
                        .when("StringEquals", "aws:SourceAccount", "123456789012").build(),
                Statement.allow("s3:GetObject", "s3:PutObject").sid("Documents").on("arn:aws:s3:::docs/*").build()).toJson();
        assertEquals(Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(
                        Map.of("Effect", "Allow", "Principal", Map.of("Service", List.of("ecs-tasks.amazonaws.com")),
                                "Action", List.of("sts:AssumeRole"),
                                "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", List.of("123456789012")))),
                        Map.of("Sid", "Documents", "Effect", "Allow", "Action", List.of("s3:GetObject", "s3:PutObject"),
                                "Resource", List.of("arn:aws:s3:::docs/*")))), Json.parseObject(json));
    }

    @Test
    void deniesWithWildcardsForEveryPrincipal() {
        var json = PolicyDocument.of(Statement.deny("s3:*").anyPrincipal().on("arn:aws:s3:::b", "arn:aws:s3:::b/*")
                .when("Bool", "aws:SecureTransport", "false").build()).toJson();
        assertEquals(List.of(Map.of("Effect", "Deny", "Principal", "*", "Action", List.of("s3:*"),
                "Resource", List.of("arn:aws:s3:::b", "arn:aws:s3:::b/*"),
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", List.of("false"))))),
                Json.parseObject(json).get("Statement"));
        assertThrows(IllegalArgumentException.class, () -> Statement.deny());
    }

    @Test
    void refusesWildcardActions() {
        assertThrows(IllegalArgumentException.class, () -> Statement.allow("*"));
        assertThrows(IllegalArgumentException.class, () -> Statement.allow("s3:*"));
        assertThrows(IllegalArgumentException.class, () -> Statement.allow("s3:Get*"));
        assertThrows(IllegalArgumentException.class, () -> Statement.allow());
    }

    @Test
    void aServiceAssumesTheRoleForThisAccountOnly() {
        var trust = Json.parseObject(PolicyDocument.of(Statement.assumedBy("scheduler.amazonaws.com", "123456789012")).toJson());
        assertEquals(List.of(Map.of("Effect", "Allow", "Action", List.of("sts:AssumeRole"),
                "Principal", Map.of("Service", List.of("scheduler.amazonaws.com")),
                "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", List.of("123456789012"))))), trust.get("Statement"));
    }

    /** GIVEN a deny of every role but the stack's, WHEN rendered, THEN it is a NotResource; on an allow it is refused. */
    @Test
    void notResourceOnlyInADeny() {
        var deny = Statement.deny("iam:PassRole").notOn("arn:aws:iam::*:role/p-*").build();

        var json = Json.parseObject(PolicyDocument.of(deny).toJson());

        var statement = (Map<?, ?>) ((List<?>) json.get("Statement")).get(0);
        assertEquals(List.of("arn:aws:iam::*:role/p-*"), statement.get("NotResource"));
        assertEquals(null, statement.get("Resource"));
        assertThrows(IllegalArgumentException.class, () -> Statement.allow("iam:PassRole").notOn("arn:aws:iam::*:role/p-*"));
    }
}
