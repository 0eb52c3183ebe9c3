package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** CloudTrail trails and AWS Budgets budgets, refusing what the services refuse. */
public final class AuditMocks {

    /** CloudTrail trail names: 3-128 letters, digits, '.', '_' and '-', starting and ending with a letter or digit. */
    private static final Pattern TRAIL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]");
    private static final Set<String> BUDGET_TYPES = Set.of("COST", "USAGE", "RI_UTILIZATION", "RI_COVERAGE",
            "SAVINGS_PLANS_UTILIZATION", "SAVINGS_PLANS_COVERAGE");
    private static final Set<String> TIME_UNITS = Set.of("DAILY", "MONTHLY", "QUARTERLY", "ANNUALLY");
    /** AWS Budgets API Reference, Notification: ten per budget; per notification one SNS topic and ten addresses, at least one of them. */
    static final int MAX_NOTIFICATIONS = 10;
    static final int MAX_EMAILS = 10;

    private AuditMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.CLOUDTRAIL_TRAIL, AuditMocks::trail);
        catalog.resource(AwsTypes.BUDGETS_BUDGET, AuditMocks::budget);
    }

    private static void trail(MockResource r) {
        var name = r.autoName("name");
        if (!TRAIL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("CloudTrail refuses the trail name '" + name + "'");
        }
        r.inputText("s3BucketName");
        r.id(name).set("arn", r.facts().arn("cloudtrail", "trail/" + name)).set("homeRegion", r.facts().region())
                .setIfAbsent("isOrganizationTrail", false);
    }

    private static void budget(MockResource r) {
        var name = r.autoName("name");
        var type = r.inputText("budgetType");
        if (!BUDGET_TYPES.contains(type)) {
            throw new IllegalArgumentException("budget " + name + ": AWS Budgets refuses budget type " + type);
        }
        var unit = r.inputText("timeUnit");
        if (!TIME_UNITS.contains(unit)) {
            throw new IllegalArgumentException("budget " + name + ": AWS Budgets refuses time unit " + unit);
        }
        if (type.equals("COST") && r.input("limitAmount").isEmpty()) {
            throw new IllegalArgumentException("budget " + name + ": a cost budget needs limitAmount");
        }
        for (var filter : list(r.input("costFilters").orElse(List.of()))) {
            var f = (Map<?, ?>) filter;
            if ("TagKeyValue".equals(f.get("name")) && list(f.get("values")).stream().anyMatch(v -> !String.valueOf(v).contains("$"))) {
                throw new IllegalArgumentException("budget " + name + ": a TagKeyValue filter value is <key>$<value>");
            }
        }
        var notifications = list(r.input("notifications").orElse(List.of()));
        if (notifications.size() > MAX_NOTIFICATIONS) {
            throw new IllegalArgumentException("budget " + name + ": at most " + MAX_NOTIFICATIONS + " notifications");
        }
        for (var notification : notifications) {
            var n = (Map<?, ?>) notification;
            var topics = list(n.get("subscriberSnsTopicArns"));
            var emails = list(n.get("subscriberEmailAddresses"));
            if (topics.isEmpty() && emails.isEmpty()) {
                throw new IllegalArgumentException("budget " + name + ": every notification needs a subscriber");
            }
            if (topics.size() > 1 || emails.size() > MAX_EMAILS) {
                throw new IllegalArgumentException("budget " + name + ": a notification takes one SNS topic and " + MAX_EMAILS + " addresses");
            }
        }
        var account = r.facts().account();
        r.id(account + ":" + name).set("arn", r.facts().globalArn("budgets", "budget/" + name)).set("accountId", account);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
