package dev.webstack.cost;

import dev.webstack.plan.Plan;

/** Secrets Manager secrets and customer-managed KMS keys. */
final class SecurityCosts {

    static final String CATEGORY = "Security";

    private SecurityCosts() {
    }

    static void add(Plan plan, Lines lines) {
        var secrets = plan.ofType("aws:secretsmanager/secret:Secret");
        if (!secrets.isEmpty()) {
            lines.add(CATEGORY, "Secrets Manager secrets", secrets, secrets.size(), "secretsmanager.secretMonth",
                    secrets.size() + " secrets; API calls are a few cents at this scale");
        }
        var keys = plan.ofType("aws:kms/key:Key");
        if (!keys.isEmpty()) {
            lines.add(CATEGORY, "KMS keys", keys, keys.size(), "kms.keyMonth", "customer-managed, rotated yearly at no extra charge");
        }
    }
}
