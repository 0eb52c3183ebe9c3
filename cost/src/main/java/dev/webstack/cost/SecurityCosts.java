package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;

/** Secrets Manager secrets and customer-managed KMS keys. */
final class SecurityCosts {

    static final String CATEGORY = "Security";

    private SecurityCosts() {
    }

    static void add(Plan plan, Lines lines) {
        var secrets = plan.ofType(AwsTypes.SECRETSMANAGER_SECRET);
        if (!secrets.isEmpty()) {
            lines.add(CATEGORY, "Secrets Manager secrets", secrets, secrets.size(), "secretsmanager.secretMonth",
                    secrets.size() + " secrets; API calls are a few cents at this scale");
        }
        var keys = plan.ofType(AwsTypes.KMS_KEY);
        if (!keys.isEmpty()) {
            lines.add(CATEGORY, "KMS keys", keys, keys.size(), "kms.keyMonth", "customer-managed, rotated yearly at no extra charge");
        }
    }
}
