package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.CLOUDTRAIL_TRAIL;

import dev.webstack.guardrails.model.Rule;
import java.util.List;

/**
 * A trail that records the whole account and whose logs can be proven untouched. Whether
 * production has a trail at all is decided before planning: the settings refuse
 * {@code audit.trail: off} there, and {@code organization} leaves the trail to the organization.
 */
public final class AuditRules {

    private AuditRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("cloudtrail.all-regions", "A trail records every region, global services included")
                        .why("A single-region trail misses calls made anywhere else, including the IAM and STS calls an intruder starts with.")
                        .mirrors("CloudTrail.1", "CKV_AWS_67")
                        .each(CLOUDTRAIL_TRAIL, (trail, graph, findings) -> {
                            findings.require(Inputs.isTrue(trail, "isMultiRegionTrail"), trail, "isMultiRegionTrail is not true");
                            findings.require(trail.input("includeGlobalServiceEvents").map(Boolean.TRUE::equals).orElse(true), trail,
                                    "includeGlobalServiceEvents is false: IAM, STS and CloudFront calls go unrecorded");
                        })
                        .build(),
                rule("cloudtrail.log-validation", "A trail's log files can be validated")
                        .why("Without digest files nobody can show that a log file was not changed or deleted after the fact.")
                        .mirrors("CloudTrail.4", "CKV_AWS_36")
                        .each(CLOUDTRAIL_TRAIL, (trail, graph, findings) -> findings.require(Inputs.isTrue(trail, "enableLogFileValidation"),
                                trail, "enableLogFileValidation is not true"))
                        .build());
    }
}
