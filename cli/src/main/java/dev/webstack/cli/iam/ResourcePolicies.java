package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The policies attached to resources rather than roles: bucket, topic and key policies, and
 * Lambda permissions (which AWS turns into statements of the function's resource policy).
 * Exported for the catalogue check: every action, key and ARN they name must exist.
 */
final class ResourcePolicies {

    /** The types whose {@code policy} input is a resource policy, and the ARN it protects. */
    private static final Map<String, Function<PlannedResource, String>> DOCUMENTS = Map.of(
            AwsTypes.S3_BUCKET_POLICY, r -> "arn:aws:s3:::" + r.inputText("bucket"),
            AwsTypes.SNS_TOPIC_POLICY, r -> r.inputText("arn"),
            AwsTypes.KMS_KEY, r -> r.outputText("arn"),
            "aws:sqs/queuePolicy:QueuePolicy", r -> r.inputText("queueUrl"),
            "aws:secretsmanager/secretPolicy:SecretPolicy", r -> r.inputText("secretArn"),
            "aws:ecr/repositoryPolicy:RepositoryPolicy", r -> r.inputText("repository"));

    private ResourcePolicies() {
    }

    static List<Map<String, Object>> of(Plan plan) {
        var policies = new ArrayList<Map<String, Object>>();
        DOCUMENTS.forEach((type, resource) -> plan.ofType(type).stream()
                .filter(r -> r.input("policy").isPresent())
                .forEach(r -> policies.add(Json.object("type", type, "logicalName", r.name(), "resource", resource.apply(r),
                        "document", Json.parseObject(r.inputText("policy"))))));
        plan.ofType(AwsTypes.LAMBDA_PERMISSION).forEach(p -> policies.add(Json.object("type", AwsTypes.LAMBDA_PERMISSION,
                "logicalName", p.name(), "resource", functionArn(plan, p), "document", lambdaStatement(plan, p))));
        policies.sort(Comparator.comparing(p -> p.get("type") + "/" + p.get("logicalName")));
        return policies;
    }

    private static String functionArn(Plan plan, PlannedResource permission) {
        var function = permission.inputText("function");
        return function.startsWith("arn:") ? function
                : "arn:aws:lambda:" + plan.region() + ":" + plan.account() + ":function:" + function;
    }

    /**
     * The statement AddPermission writes (Lambda Developer Guide, "Working with resource-based
     * IAM policies in Lambda": principal, action, and the source ARN as an ArnLike condition).
     */
    private static Map<String, Object> lambdaStatement(Plan plan, PlannedResource permission) {
        var statement = new LinkedHashMap<String, Object>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Json.object("Service", permission.inputText("principal")));
        statement.put("Action", permission.inputText("action"));
        statement.put("Resource", functionArn(plan, permission));
        permission.input("sourceArn").ifPresent(arn -> statement.put("Condition", Json.object("ArnLike", Json.object("AWS:SourceArn", arn))));
        return Json.object("Version", "2012-10-17", "Statement", List.of(statement));
    }
}
