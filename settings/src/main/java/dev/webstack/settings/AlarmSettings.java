package dev.webstack.settings;

import dev.webstack.settings.net.EmailAddress;
import java.util.List;
import java.util.Optional;

/**
 * Who is told, and when. Thresholds default to requirements R4.1.
 *
 * @param emails                 addresses subscribed to the alarm topic
 * @param discord                forward alarms to a Discord webhook kept in Secrets Manager
 * @param serviceCpuPercent      ECS service CPU above this for 5 minutes
 * @param serviceMemoryPercent   ECS service memory above this for 5 minutes
 * @param databaseCpuPercent     RDS CPU above this for 10 minutes
 * @param databaseFreeStorageGb  RDS free storage below this
 * @param http5xxPercent         share of requests answered 5xx over 5 minutes
 * @param http5xxMinimumRequests requests in 5 minutes below which the 5xx rate is not judged
 * @param databaseConnections    connections above this for 5 minutes
 * @param forwarderLogRetentionDays days the forwarder's logs are kept
 * @param noEmailReason          why the stack subscribes no address, and who is alerted instead; empty when it subscribes some
 * @param errorLogPattern        CloudWatch Logs filter pattern that counts an application log event as an error
 * @param errorLogThreshold      error log events in 5 minutes above which an alarm fires
 */
public record AlarmSettings(List<String> emails, boolean discord, int serviceCpuPercent, int serviceMemoryPercent,
                            int databaseCpuPercent, int databaseFreeStorageGb, int http5xxPercent, int http5xxMinimumRequests,
                            int databaseConnections, int forwarderLogRetentionDays, Optional<String> noEmailReason,
                            String errorLogPattern, int errorLogThreshold) {

    /** Requirements R4.1: alert at 80% of the maximum connections. */
    public static final double CONNECTIONS_SHARE = 0.8;

    public static final Setting<List<String>> EMAILS = Setting.webstack("alarms.emails", ValueType.TEXT_LIST)
            .describedAs("Email addresses subscribed to the alarm topic; each must click the confirmation link AWS mails it "
                    + "within 48 hours. Production needs at least one, or `alarms.noEmailReason`. An address at a domain reserved "
                    + "by RFC 2606 / RFC 6761 (example.com, *.test, ...) never receives mail: the plan warns, and pulumi preview and up refuse it in production.")
            .defaultsTo(List.of())
            .check(emails -> {
                var invalid = emails.stream().filter(e -> !EmailAddress.isValid(e)).toList();
                return invalid.isEmpty() ? Optional.empty() : Optional.of(new Complaint("has an entry that is not an email address ("
                        + String.join(", ", invalid) + ")", "list addresses such as oncall@yourcompany.com, one per entry"));
            })
            .check(Check.distinct("an address"))
            .build();

    public static final Setting<Boolean> DISCORD = Setting.webstack("alarms.discord", ValueType.TRUE_OR_FALSE)
            .describedAs("Forward alarms to Discord (requirements R4.2) through a small Lambda; the webhook URL is put into the "
                    + "secret `<app>-<stack>/alarms-discord-webhook` after the first deploy.")
            .defaultsTo(true)
            .build();

    public static final Setting<Integer> SERVICE_CPU_PERCENT = percent("alarms.serviceCpuPercent", 80,
            "ECS service average CPU above this for 5 minutes raises an alarm (requirements R4.1: 80).");
    public static final Setting<Integer> SERVICE_MEMORY_PERCENT = percent("alarms.serviceMemoryPercent", 85,
            "ECS service average memory above this for 5 minutes raises an alarm (requirements R4.1: 85).");
    public static final Setting<Integer> DATABASE_CPU_PERCENT = percent("alarms.databaseCpuPercent", 70,
            "RDS CPU above this for 10 minutes raises an alarm (requirements R4.1: 70).");

    public static final Setting<Integer> DATABASE_FREE_STORAGE_GB = Setting.webstack("alarms.databaseFreeStorageGb", ValueType.WHOLE_NUMBER)
            .describedAs("RDS free storage below this many GiB raises an alarm (requirements R4.1: 5).")
            .defaultsTo(5)
            .check(Check.between(1, 1000))
            .build();

    public static final Setting<Integer> HTTP_5XX_PERCENT = percent("alarms.http5xxPercent", 5,
            "Share of requests answered 5xx (by the tasks or the load balancer) over 5 minutes that raises an alarm (requirements R4.1: 5).");

    public static final Setting<Integer> HTTP_5XX_MINIMUM_REQUESTS = Setting.webstack("alarms.http5xxMinimumRequests", ValueType.WHOLE_NUMBER)
            .describedAs("Requests in 5 minutes below which the 5xx rate is not judged, so one failed request at night "
                    + "does not page anyone.")
            .defaultsTo(20)
            .check(Check.between(0, 1_000_000))
            .build();

    public static final Setting<Integer> DATABASE_CONNECTIONS = Setting.webstack("alarms.databaseConnections", ValueType.WHOLE_NUMBER)
            .describedAs("Connections above this for 5 minutes raise an alarm. Required for an instance class webstack "
                    + "cannot size.")
            .derivedDefault("80% of the instance class's default max_connections")
            .check(Check.between(1, 5000))
            .build();

    public static final Setting<Integer> FORWARDER_LOG_RETENTION_DAYS = Setting.webstack("alarms.forwarderLogRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days the Discord forwarder's logs are kept.")
            .defaultsTo(14, 30)
            .check(Check.logRetentionDays())
            .build();

    /** The command that subscribes an address; problems and plan warnings quote it. */
    public static final String SUBSCRIBE_COMMAND = "pulumi config set --path 'webstack:alarms.emails[0]' <address>";

    /** Fewer words than this cannot say both why and who: "none", "n/a", "later" are refused. */
    private static final int MIN_REASON_WORDS = 4;

    public static final Setting<String> NO_EMAIL_REASON = Setting.webstack("alarms.noEmailReason", ValueType.TEXT)
            .describedAs("Production only needs it: a stack that subscribes no address to the alarm topic must say why, and "
                    + "who is alerted instead (e.g. \"PagerDuty subscribes to the topic outside webstack; on-call: the platform "
                    + "rota\"). Production refuses an empty `alarms.emails` without it, and refuses it next to addresses.")
            .derivedDefault("none")
            .check(Check.of(reason -> reason.strip().split("\\s+").length >= MIN_REASON_WORDS,
                    "is not a sentence saying why no one gets mail and who is alerted instead",
                    "write at least " + MIN_REASON_WORDS + " words, e.g. 'PagerDuty subscribes to the topic; on-call: the platform rota'"))
            .build();

    /**
     * Production alarms must reach a person by email, or the stack file must say, in its own
     * key, why not and who is alerted instead. Discord does not count: its webhook secret is
     * created empty, and until someone fills it every notification the forwarder handles fails.
     */
    private static void refuseAlarmsThatReachNobody(SettingsReader reader, AlarmSettings alarms) {
        if (!reader.usable(EMAILS, NO_EMAIL_REASON)) {
            return;
        }
        if (!alarms.emails().isEmpty() && alarms.noEmailReason().isPresent()) {
            reader.complain(NO_EMAIL_REASON, alarms.noEmailReason().get(), "explains why no one gets alarm mail, but "
                    + EMAILS.key() + " subscribes " + EMAILS.type().display(alarms.emails()),
                    "remove " + NO_EMAIL_REASON.key() + " (pulumi config rm " + NO_EMAIL_REASON.key() + ") or empty " + EMAILS.key());
        } else if (alarms.emails().isEmpty() && alarms.noEmailReason().isEmpty() && reader.environment().isProduction()) {
            reader.complain(EMAILS, alarms.emails(), "subscribes nobody: production's alarms would reach no person by email",
                    "subscribe the on-call address: " + SUBSCRIBE_COMMAND + "; or, if people are alerted another way, say how: "
                            + "pulumi config set " + NO_EMAIL_REASON.key() + " '<why, and who is alerted instead>'");
        }
        refuseUndeliverableAddressesInProduction(reader, alarms);
    }

    /**
     * An address at a domain reserved for documentation (RFC 2606, RFC 6761) never receives mail.
     * The offline plan only warns, so that the committed stack file's placeholder plans for
     * reviewers; production is not deployed with it, as it is not with an unset origin secret.
     */
    private static void refuseUndeliverableAddressesInProduction(SettingsReader reader, AlarmSettings alarms) {
        if (!reader.environment().isProduction() || !reader.source().deploys()) {
            return;
        }
        var undeliverable = alarms.emails().stream().filter(address -> EmailAddress.reservedDomain(address).isPresent()).toList();
        if (!undeliverable.isEmpty()) {
            reader.complain(EMAILS, alarms.emails(), "has " + String.join(", ", undeliverable) + " at a domain reserved for "
                    + "documentation (RFC 2606, RFC 6761): it never receives mail, so production's alarms would reach nobody there",
                    "replace it with a mailbox someone reads: pulumi config set --path 'webstack:alarms.emails["
                            + alarms.emails().indexOf(undeliverable.get(0)) + "]' <address>");
        }
    }

    /**
     * Term syntax works on plain-text and JSON lines alike: each {@code ?TERM} is one of the
     * terms an event may contain, and terms are case sensitive (CloudWatch Logs, "Filter pattern
     * syntax for metric filters": https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
     * The upper-case levels match `[ERROR] ...` as well as `"level":"ERROR"`.
     */
    public static final String DEFAULT_ERROR_LOG_PATTERN = "?ERROR ?FATAL ?CRITICAL";
    /** PutMetricFilter refuses a filter pattern longer than this. */
    static final int MAX_FILTER_PATTERN_LENGTH = 1024;

    public static final Setting<String> ERROR_LOG_PATTERN = Setting.webstack("alarms.errorLogPattern", ValueType.TEXT)
            .describedAs("CloudWatch Logs filter pattern that counts an application log event as an error (requirements R4.1: "
                    + "error logs above a threshold). The default matches the upper-case levels in plain or JSON lines; for JSON "
                    + "logs with lower-case levels write e.g. `{ $.level = \"error\" }`.")
            .defaultsTo(DEFAULT_ERROR_LOG_PATTERN)
            .check(Check.of(pattern -> !pattern.isBlank(), "is empty: it would count every log line as an error",
                    "write terms such as ?ERROR ?FATAL, or a JSON pattern such as { $.level = \"error\" }"))
            .check(Check.of(pattern -> pattern.length() <= MAX_FILTER_PATTERN_LENGTH, "is longer than 1024 characters",
                    "shorten it; CloudWatch Logs refuses longer filter patterns"))
            .check(Check.of(pattern -> pattern.strip().startsWith("{") == pattern.strip().endsWith("}"),
                    "opens or closes a JSON pattern without the other brace", "write a JSON pattern as { $.field = value }"))
            .build();

    public static final Setting<Integer> ERROR_LOG_THRESHOLD = Setting.webstack("alarms.errorLogThreshold", ValueType.WHOLE_NUMBER)
            .describedAs("Error log events (alarms.errorLogPattern) in 5 minutes above which an alarm fires.")
            .defaultsTo(25, 10)
            .check(Check.between(1, 1_000_000))
            .build();

    /** Thresholds that the stack's own sizing would cross in normal operation. */
    private static void refuseAlarmsThatNeverClear(SettingsReader reader, AlarmSettings alarms, ServiceSettings service,
                                                   DatabaseSettings database) {
        if (reader.usable(SERVICE_CPU_PERCENT, ServiceSettings.CPU_TARGET) && alarms.serviceCpuPercent() <= service.cpuTarget()) {
            reader.complain(SERVICE_CPU_PERCENT, alarms.serviceCpuPercent(), "is not above service.cpuTarget ("
                    + service.cpuTarget() + "): scaling holds CPU near the target, so the alarm would fire in normal operation",
                    "use a value above " + service.cpuTarget() + ", e.g. " + Math.min(100, service.cpuTarget() + 10));
        }
        if (reader.usable(DATABASE_FREE_STORAGE_GB, DatabaseSettings.ALLOCATED_STORAGE_GB)
                && alarms.databaseFreeStorageGb() >= database.allocatedStorageGb()) {
            reader.complain(DATABASE_FREE_STORAGE_GB, alarms.databaseFreeStorageGb(), "is not below database.allocatedStorageGb ("
                    + database.allocatedStorageGb() + "): the free-storage alarm would never clear",
                    "use a value well under " + database.allocatedStorageGb() + ", e.g. " + Math.max(1, database.allocatedStorageGb() / 4));
        }
    }

    private static Setting<Integer> percent(String key, int defaultValue, String description) {
        return Setting.webstack(key, ValueType.WHOLE_NUMBER).describedAs(description).defaultsTo(defaultValue)
                .check(Check.between(1, 100)).build();
    }

    static List<Setting<?>> settings() {
        return List.of(EMAILS, DISCORD, SERVICE_CPU_PERCENT, SERVICE_MEMORY_PERCENT, DATABASE_CPU_PERCENT, DATABASE_FREE_STORAGE_GB,
                HTTP_5XX_PERCENT, HTTP_5XX_MINIMUM_REQUESTS, DATABASE_CONNECTIONS, FORWARDER_LOG_RETENTION_DAYS, NO_EMAIL_REASON,
                ERROR_LOG_PATTERN, ERROR_LOG_THRESHOLD);
    }

    static AlarmSettings read(SettingsReader reader, ServiceSettings service, DatabaseSettings database) {
        var connections = reader.find(DATABASE_CONNECTIONS).orElse(0);
        if (connections == 0 && reader.usable(DATABASE_CONNECTIONS, DatabaseSettings.INSTANCE_CLASS)) {
            var max = DatabaseConnections.maxFor(database.instanceClass());
            if (max.isPresent()) {
                connections = (int) Math.floor(max.getAsInt() * CONNECTIONS_SHARE);
            } else {
                reader.complain(DATABASE_CONNECTIONS.key(), "is needed: webstack cannot size " + database.instanceClass(),
                        "set it to about 80% of that class's max_connections");
            }
        }
        var settings = new AlarmSettings(reader.get(EMAILS), reader.get(DISCORD), reader.get(SERVICE_CPU_PERCENT),
                reader.get(SERVICE_MEMORY_PERCENT), reader.get(DATABASE_CPU_PERCENT), reader.get(DATABASE_FREE_STORAGE_GB),
                reader.get(HTTP_5XX_PERCENT), reader.get(HTTP_5XX_MINIMUM_REQUESTS), connections,
                reader.get(FORWARDER_LOG_RETENTION_DAYS), reader.find(NO_EMAIL_REASON).map(String::strip),
                reader.get(ERROR_LOG_PATTERN), reader.get(ERROR_LOG_THRESHOLD));
        refuseAlarmsThatNeverClear(reader, settings, service, database);
        refuseAlarmsThatReachNobody(reader, settings);
        return settings;
    }
}
