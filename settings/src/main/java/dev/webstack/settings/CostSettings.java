package dev.webstack.settings;

import java.util.List;

/**
 * What the cost estimate assumes about use, and the budget it is held to. Hours are not here:
 * they come from the off-hours schedule, the same one the stack sleeps by.
 *
 * @param monthlyBudgetUsd  the most the stack may cost a month; a test and {@code webstack cost} hold it to this
 * @param requestsPerMonth  viewer requests a month (CloudFront, WAF, load balancer logs)
 * @param cdnGbPerMonth     data CloudFront serves to viewers a month
 * @param logsGbPerMonth    CloudWatch Logs ingested a month (application, database, flow, WAF and Lambda logs)
 * @param documentsGb       data held in the documents bucket
 * @param imageMb           the size of one container image in ECR
 * @param loadBalancerLcu   load balancer capacity units used on average
 * @param natGbPerMonth     data the tasks exchange with the internet a month, for the NAT gateway comparison
 */
public record CostSettings(int monthlyBudgetUsd, int requestsPerMonth, int cdnGbPerMonth, double logsGbPerMonth, int documentsGb,
                           int imageMb, double loadBalancerLcu, int natGbPerMonth) {

    public static final Setting<Integer> MONTHLY_BUDGET_USD = Setting.webstack("cost.monthlyBudgetUsd", ValueType.WHOLE_NUMBER)
            .describedAs("The most the stack may cost a month, in USD (requirements R7.1: staging ~$54, production ~$240). "
                    + "`webstack cost` compares the estimate with it and the build fails above it.")
            .defaultsTo(54, 240)
            .check(Check.between(1, 1_000_000))
            .build();

    public static final Setting<Integer> REQUESTS_PER_MONTH = Setting.webstack("cost.requestsPerMonth", ValueType.WHOLE_NUMBER)
            .describedAs("Viewer requests a month, for CloudFront, WAF and the load balancer's logs.")
            .defaultsTo(300_000, 5_000_000)
            .check(Check.between(0, 1_000_000_000))
            .build();

    public static final Setting<Integer> CDN_GB_PER_MONTH = Setting.webstack("cost.cdnGbPerMonth", ValueType.WHOLE_NUMBER)
            .describedAs("GB CloudFront serves to viewers a month.")
            .defaultsTo(5, 100)
            .check(Check.between(0, 10_000_000))
            .build();

    public static final Setting<Double> LOGS_GB_PER_MONTH = Setting.webstack("cost.logsGbPerMonth", ValueType.NUMBER)
            .describedAs("GB of CloudWatch Logs ingested a month, all log groups together.")
            .defaultsTo(1.0, 10.0)
            .check(Check.between(0.0, 1_000_000.0))
            .build();

    public static final Setting<Integer> DOCUMENTS_GB = Setting.webstack("cost.documentsGb", ValueType.WHOLE_NUMBER)
            .describedAs("GB held in the documents bucket, current and noncurrent versions together.")
            .defaultsTo(5, 50)
            .check(Check.between(0, 10_000_000))
            .build();

    public static final Setting<Integer> IMAGE_MB = Setting.webstack("cost.imageMb", ValueType.WHOLE_NUMBER)
            .describedAs("MB of one container image in ECR; registry.imagesKept of them are stored.")
            .defaultsTo(300)
            .check(Check.between(1, 100_000))
            .build();

    public static final Setting<Double> LOAD_BALANCER_LCU = Setting.webstack("cost.loadBalancerLcu", ValueType.NUMBER)
            .describedAs("Load balancer capacity units used on average (one LCU: 25 new connections/s, 3,000 active, 1 GB/h).")
            .defaultsTo(0.2, 1.0)
            .check(Check.between(0.0, 10_000.0))
            .build();

    public static final Setting<Integer> NAT_GB_PER_MONTH = Setting.webstack("cost.natGbPerMonth", ValueType.WHOLE_NUMBER)
            .describedAs("GB the tasks exchange with the internet a month (image pulls, external APIs): what a NAT gateway "
                    + "would process, for the comparison webstack cost prints.")
            .defaultsTo(20, 100)
            .check(Check.between(0, 10_000_000))
            .build();

    static List<Setting<?>> settings() {
        return List.of(MONTHLY_BUDGET_USD, REQUESTS_PER_MONTH, CDN_GB_PER_MONTH, LOGS_GB_PER_MONTH, DOCUMENTS_GB, IMAGE_MB,
                LOAD_BALANCER_LCU, NAT_GB_PER_MONTH);
    }

    static CostSettings read(SettingsReader reader) {
        return new CostSettings(reader.get(MONTHLY_BUDGET_USD), reader.get(REQUESTS_PER_MONTH), reader.get(CDN_GB_PER_MONTH),
                reader.get(LOGS_GB_PER_MONTH), reader.get(DOCUMENTS_GB), reader.get(IMAGE_MB), reader.get(LOAD_BALANCER_LCU),
                reader.get(NAT_GB_PER_MONTH));
    }
}
