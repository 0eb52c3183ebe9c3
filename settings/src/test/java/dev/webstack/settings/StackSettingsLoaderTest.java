package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.settings.net.Cidr;
import dev.webstack.settings.testing.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackSettingsLoaderTest {

    /** An origin secret is required with the (default) origin lock; most cases are about something else. */
    static final String ORIGIN_SECRET = "webstack:edge.originSecret: {secure: AAAB}";

    private static StackSettings load(String stack, String... lines) {
        return StackSettingsLoader.load(Yaml.stackFile(stack, withSecret(lines)), "webstack");
    }

    /**
     * Production refuses a stack that subscribes nobody (AlarmSettingsTest); cases about
     * something else get an address, unless they set the alarm recipients themselves.
     */
    static final String SOMEONE_SUBSCRIBED = "webstack:alarms.emails: [oncall@example-corp.com]";

    private static String[] withSecret(String... lines) {
        var all = new ArrayList<>(List.of(lines));
        if (all.stream().noneMatch(l -> l.startsWith("webstack:edge.originSecret"))) {
            all.add(ORIGIN_SECRET);
        }
        if (all.stream().noneMatch(l -> l.startsWith("webstack:alarms.emails") || l.startsWith("webstack:alarms.noEmailReason"))) {
            all.add(SOMEONE_SUBSCRIBED);
        }
        return all.toArray(String[]::new);
    }

    private static InvalidStackConfigException refused(String stack, String... lines) {
        return assertThrows(InvalidStackConfigException.class, () -> load(stack, lines));
    }

    @Test
    void namesKeyValueAndFixInOneLine() {
        var error = refused("staging", "aws:region: ap-northeast-1", "webstack:service.memory: 700");
        assertEquals("webstack:service.memory: 700 is not a valid Fargate memory for cpu 256; use 512, 1024 or 2048",
                error.problems().get(0).toString());
        assertEquals("Pulumi.staging.yaml has 1 problem:\n  - " + error.problems().get(0), error.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // wrong types
            "webstack:service.cpu: abc                      | webstack:service.cpu             | 'abc' is not a whole number",
            "webstack:service.cpu: 1.5                      | webstack:service.cpu             | '1.5' is not a whole number",
            "webstack:database.multiAz: yes                 | webstack:database.multiAz        | 'yes' is not true or false; write true or false",
            "webstack:tags: [a, b]                          | webstack:tags                    | is not a map of text to text",
            // out of range or not accepted by AWS
            "webstack:service.cpu: 300                      | webstack:service.cpu             | 300 is not one of 256, 512, 1024, 2048, 4096, 8192, 16384",
            "webstack:network.azCount: 1                    | webstack:network.azCount         | 1 is outside 2..4; use a number from 2 to 4",
            "webstack:network.azCount: 5                    | webstack:network.azCount         | 5 is outside 2..4",
            "webstack:network.flowLogs.retentionDays: 10    | webstack:network.flowLogs.retentionDays | 10 is not a retention CloudWatch Logs accepts",
            "webstack:service.logRetentionDays: 0           | webstack:service.logRetentionDays | 0 is not a retention CloudWatch Logs accepts",
            "webstack:database.backupRetentionDays: 0       | webstack:database.backupRetentionDays | 0 is outside 1..35",
            "webstack:database.allocatedStorageGb: 10       | webstack:database.allocatedStorageGb | 10 is outside 20..65536",
            "webstack:service.containerPort: 70000          | webstack:service.containerPort   | 70000 is outside 1..65535",
            // malformed values
            "webstack:network.cidr: 10.0.0.1/16             | webstack:network.cidr            | '10.0.0.1/16' has host bits set; the network is 10.0.0.0/16",
            "webstack:network.cidr: 10.0.0.0/24             | webstack:network.cidr            | 10.0.0.0/24 is not between /16 and /22",
            "webstack:network.cidr: 8.8.0.0/16              | webstack:network.cidr            | 8.8.0.0/16 is not private address space",
            "webstack:database.instanceClass: t4g.micro     | webstack:database.instanceClass  | 't4g.micro' is not an RDS instance class",
            "webstack:service.healthCheckPath: api/health   | webstack:service.healthCheckPath | 'api/health' is not a URL path",
            "webstack:app: My_App                           | webstack:app                     | 'My_App' is not a short lower-case name",
            "webstack:profile: prod                         | webstack:profile                 | 'prod' is not one of staging, production; use staging or production",
            "webstack:environment: prod                     | webstack:environment             | 'prod' is not one of staging, production; use staging or production",
            "webstack:network.flowLogs.traffic: reject      | webstack:network.flowLogs.traffic | 'reject' is not one of REJECT, ALL",
            "aws:region: tokyo                              | aws:region                       | 'tokyo' is not an AWS region name",
            "webstack:tags: {app: other}                    | webstack:tags                    | sets a tag webstack manages",
            "webstack:tags: {aws:owner: me}                 | webstack:tags                    | uses the reserved aws: tag prefix",
            // inconsistent combinations
            "webstack:service.minCount: 3                   | webstack:service.minCount        | 3 is above service.maxCount (2)",
            "webstack:service.desiredCount: 3               | webstack:service.desiredCount    | 3 is outside service.minCount..service.maxCount (1..2)",
            "webstack:service.spot: true                    | webstack:service.spot            | true asks for Fargate Spot, which runs only X86_64 tasks (service.cpuArchitecture is ARM64); set webstack:service.spot to false",
            "webstack:database.maxAllocatedStorageGb: 21    | webstack:database.maxAllocatedStorageGb | 21 is not at least 10% above database.allocatedStorageGb (20); use 22 or more",
            "webstack:database.engineVersion: 12            | webstack:database.engineVersion  | '12' is not a PostgreSQL version webstack supports",
            "webstack:database.name: postgres               | webstack:database.name           | 'postgres' is reserved by PostgreSQL or RDS",
            "webstack:database.name: 1app                   | webstack:database.name           | '1app' is not a PostgreSQL database name",
            "webstack:database.masterUsername: rdsadmin     | webstack:database.masterUsername | 'rdsadmin' uses a prefix RDS reserves",
            "webstack:database.enhancedMonitoringSeconds: 20 | webstack:database.enhancedMonitoringSeconds | 20 is not one of 0, 1, 5, 10, 15, 30, 60",
            "webstack:database.backupWindow: 3am            | webstack:database.backupWindow   | '3am' is not a daily window hh:mm-hh:mm (UTC)",
            "webstack:database.backupWindow: 18:00-18:15    | webstack:database.backupWindow   | '18:00-18:15' is shorter than 30 minutes",
            "webstack:database.maintenanceWindow: sunday 19:00 | webstack:database.maintenanceWindow | is not a weekly window ddd:hh:mm-ddd:hh:mm (UTC)",
            "webstack:database.maintenanceWindow: tue:12:15-tue:12:45 | webstack:database.maintenanceWindow | 'tue:12:15-tue:12:45' overlaps database.backupWindow (12:00-12:30); move one of them",
            "webstack:database.engineVersion: '16.4'        | webstack:database.engineVersion  | '16.4' pins a minor version while database.autoMinorVersionUpgrade is true",
            "webstack:documents.noncurrentVersionDays: 0    | webstack:documents.noncurrentVersionDays | 0 is outside 1..3650",
            "webstack:documents.corsOrigins: ['*']          | webstack:documents.corsOrigins   | has an origin that is not https://host[:port]",
            "webstack:documents.corsOrigins: [http://app.example.com] | webstack:documents.corsOrigins | has an origin that is not https://host[:port]",
            "webstack:secrets.names: [openai_key]           | webstack:secrets.names           | has a name that is not an environment variable name",
            "webstack:secrets.names: [A_KEY, A_KEY]         | webstack:secrets.names           | lists a name twice",
            "webstack:secrets.recoveryWindowDays: 3         | webstack:secrets.recoveryWindowDays | 3 is not 0 or 7..30; use 0 (delete at once) or 7 to 30 days",
            "webstack:edge.staticPaths: [assets/*]          | webstack:edge.staticPaths        | has a pattern that is not a path",
            "webstack:edge.priceClass: PriceClass_300       | webstack:edge.priceClass         | 'PriceClass_300' is not one of PriceClass_100, PriceClass_200, PriceClass_All",
            "webstack:edge.domain: https://app.example.com  | webstack:edge.domain             | 'https://app.example.com' is not a lower-case DNS name",
            "webstack:edge.wafRateLimit: 5                  | webstack:edge.wafRateLimit       | 5 is outside 10..2000000000",
            "webstack:edge.deregistrationDelaySeconds: 4000 | webstack:edge.deregistrationDelaySeconds | 4000 is outside 0..3600",
            "webstack:service.imageTag: 'latest tag'        | webstack:service.imageTag        | 'latest tag' is not an image tag",
            "webstack:service.migrationCommand: []          | webstack:service.migrationCommand | is empty or has a blank argument",
            "webstack:service.stopTimeoutSeconds: 300       | webstack:service.stopTimeoutSeconds | 300 is outside 2..120",
            "webstack:service.cpuTarget: 99                 | webstack:service.cpuTarget       | 99 is outside 10..95",
            "webstack:registry.imagesKept: 2                | webstack:registry.imagesKept     | 2 is outside 5..1000",
            "webstack:offHours.days: [MON, FUN]             | webstack:offHours.days           | is not a list of days",
            "webstack:offHours.from: 8am                    | webstack:offHours.from           | '8am' is not a time hh:mm",
            "webstack:offHours.until: 24:00                 | webstack:offHours.until          | '24:00' is not a time hh:mm",
            "webstack:offHours.timeZone: JST                | webstack:offHours.timeZone       | 'JST' is not an IANA time zone",
            "webstack:offHours.until: 08:00                 | webstack:offHours.until          | '08:00' is the same as offHours.from",
            "webstack:offHours.databaseLeadMinutes: 200     | webstack:offHours.databaseLeadMinutes | 200 is outside 5..120",
            "webstack:offHours.databaseStopDelayMinutes: -1 | webstack:offHours.databaseStopDelayMinutes | -1 is outside 0..120",
            "webstack:offHours.until: \"06:45\"             | webstack:offHours.databaseLeadMinutes | 20 and offHours.databaseStopDelayMinutes (10) leave the database stopped 45 minutes a night between 06:45 and 08:00",
            "webstack:offHours.until: \"08:10\"             | webstack:offHours.until          | '08:10' leaves a running window of 10 minutes",
            "webstack:secrets.names: [DB_PASSWORD]          | webstack:secrets.names           | uses DB_PASSWORD, which the service sets itself",
            "webstack:alarms.emails: [ops@example, ops@example.com] | webstack:alarms.emails | has an entry that is not an email address",
            "webstack:alarms.serviceCpuPercent: 0           | webstack:alarms.serviceCpuPercent | 0 is outside 1..100",
            "webstack:alarms.forwarderLogRetentionDays: 2   | webstack:alarms.forwarderLogRetentionDays | 2 is not a retention CloudWatch Logs accepts",
            "webstack:database.instanceClass: db.x2g.large  | webstack:alarms.databaseConnections | is needed: webstack cannot size db.x2g.large",
            "webstack:alarms.errorLogPattern: '  '          | webstack:alarms.errorLogPattern | is empty: it would count every log line as an error",
            "webstack:alarms.errorLogPattern: '{ $.level = 1' | webstack:alarms.errorLogPattern | opens or closes a JSON pattern without the other brace",
            "webstack:alarms.errorLogThreshold: 0           | webstack:alarms.errorLogThreshold | 0 is outside 1..1000000",
            "webstack:cost.loadBalancerLcu: half            | webstack:cost.loadBalancerLcu    | 'half' is not a number; write digits with an optional decimal point, e.g. 0.5",
            "webstack:cost.logsGbPerMonth: -1               | webstack:cost.logsGbPerMonth     | '-1' is not a number",
            "webstack:cost.monthlyBudgetUsd: 0              | webstack:cost.monthlyBudgetUsd   | 0 is outside 1..1000000",
            "webstack:registry.fromStack: 'acme webstack'   | webstack:registry.fromStack      | 'acme webstack' is not a stack name; write organization/project/stack",
            "webstack:network.fromStack: acme/webstack/staging | webstack:network.fromStack    | 'acme/webstack/staging' is this stack",
            // unknown keys
            "webstack:servce.cpu: 256                       | webstack:servce.cpu              | is not a webstack setting; did you mean webstack:service.cpu?",
            "webstack:service.CPU: 256                      | webstack:service.CPU             | is not a webstack setting; did you mean webstack:service.cpu?",
            "webstack:cpu: 256                              | webstack:cpu                     | is not a webstack setting; did you mean webstack:service.cpu?",
            "webstack:completely.different: 1               | webstack:completely.different    | is not a webstack setting; remove it; docs/configuration.md lists every setting",
            "webstak:service.cpu: 512                       | webstak:service.cpu              | is in namespace 'webstak', which nothing reads; did you mean webstack:service.cpu?",
            "Webstack:service.cpu: 512                      | Webstack:service.cpu             | is in namespace 'Webstack', which nothing reads; did you mean webstack:service.cpu?",
            // thresholds the stack's own sizing would cross
            "webstack:alarms.serviceCpuPercent: 70          | webstack:alarms.serviceCpuPercent | 70 is not above service.cpuTarget (70): scaling holds CPU near the target",
            "webstack:alarms.databaseFreeStorageGb: 20      | webstack:alarms.databaseFreeStorageGb | 20 is not below database.allocatedStorageGb (20): the free-storage alarm would never clear; use a value well under 20, e.g. 5",
    })
    void refusesEachKindOfMistakeNamingTheKey(String line, String key, String message) {
        var lines = line.startsWith("aws:region:") ? new String[] {line} : new String[] {"aws:region: ap-northeast-1", line};
        var error = refused("staging", lines);
        assertEquals(1, error.problems().size(), error.getMessage());
        var problem = error.problems().get(0);
        assertEquals(key, problem.key());
        assertTrue(problem.toString().startsWith(key + ": "), problem.toString());
        assertTrue(problem.toString().contains(message), problem.toString());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var error = refused("staging",
                "webstack:network.azCount: 9",
                "webstack:service.cpu: 512",
                "webstack:service.memory: 512",
                "webstack:databse.multiAz: true");
        assertEquals(List.of("aws:region", "webstack:network.azCount", "webstack:service.memory", "webstack:databse.multiAz"),
                error.problems().stream().map(Problem::key).toList());
        assertTrue(error.getMessage().startsWith("Pulumi.staging.yaml has 4 problems:"));
        assertTrue(error.problems().get(0).fix().contains("pulumi config set aws:region"));
        assertEquals("use 1024, 2048, 3072 or 4096", error.problems().get(2).fix());
    }

    @Test
    void fillsStagingDefaultsFromTheRequirements() {
        var settings = load("staging", "aws:region: ap-northeast-1");
        assertEquals(Environment.STAGING, settings.environment());
        assertEquals("webstack", settings.identity().app());
        assertEquals(new ServiceSettings(256, 1024, 1, 1, 2, 3000, "/api/health", ServiceSettings.CpuArchitecture.ARM64, 7,
                "staging-latest", List.of("npx", "prisma", "migrate", "deploy"), false, false, true, 60, 30, 70), settings.service());
        assertEquals(new RegistrySettings(7, 30, Optional.empty(), List.of(), "staging", "staging-latest"), settings.registry());
        assertEquals("running Mon-Fri 08:00-22:00 Asia/Tokyo", settings.offHours().schedule().orElseThrow().describe());
        assertEquals(new DatabaseSettings("16", "db.t4g.micro", 20, 50, false, 7, "12:00-12:30", "tue:11:00-tue:11:30",
                false, true, "app", "app_admin", 1000, true, 0, 7, true), settings.database());
        assertEquals(new DocumentSettings(30, List.of(), false), settings.documents());
        assertEquals(new SecretSettings(List.of(), 0), settings.secrets());
        assertEquals(new NetworkSettings(Cidr.of("10.0.0.0/16"), 2, 7, NetworkSettings.FlowLogTraffic.REJECT, Optional.empty(), List.of()),
                settings.network());
    }

    @Test
    void fillsProductionDefaultsFromTheRequirements() {
        var settings = load("production", "aws:region: ap-northeast-1");
        assertEquals(Environment.PRODUCTION, settings.environment());
        assertEquals(new ServiceSettings(1024, 2048, 2, 2, 4, 3000, "/api/health", ServiceSettings.CpuArchitecture.ARM64, 90,
                "production-latest", List.of("npx", "prisma", "migrate", "deploy"), true, false, false, 60, 30, 70), settings.service());
        assertTrue(settings.offHours().schedule().isEmpty(), "production runs around the clock");
        assertEquals(new DatabaseSettings("16", "db.t4g.small", 50, 200, true, 30, "18:00-18:30", "sun:19:00-sun:19:30",
                true, false, "app", "app_admin", 1000, true, 60, 30, true), settings.database());
        assertEquals(new DocumentSettings(90, List.of(), false), settings.documents());
        assertEquals(30, settings.secrets().recoveryWindowDays());
        assertEquals(Cidr.of("10.2.0.0/16"), settings.network().cidr());
        assertEquals(30, settings.network().flowLogRetentionDays());
    }

    @Test
    void aStackNotNamedAfterAProfileMustChooseOne() {
        // GIVEN a stack qa without a profile WHEN it is loaded THEN the error names the key, the stack and the command
        var error = refused("qa", "aws:region: ap-northeast-1");
        assertEquals(List.of("webstack:profile"), error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).what().contains("stack 'qa' is not named staging or production"), error.getMessage());
        assertTrue(error.problems().get(0).fix().contains("pulumi config set webstack:profile staging"), error.getMessage());

        // GIVEN the production profile THEN production's defaults apply, and the stack keeps its own name
        var settings = load("qa", "aws:region: ap-northeast-1", "webstack:profile: production");
        assertEquals(Environment.PRODUCTION, settings.environment());
        assertEquals("qa", settings.identity().stack());
        assertEquals(1024, settings.service().cpu(), "production defaults apply");
    }

    @Test
    void theStackNameNotTheProfileIsTheEnvironmentsIdentity() {
        // GIVEN a stack test with staging's profile WHEN it is loaded without an image tag or GitHub environment
        var settings = load("test", "aws:region: ap-northeast-1", "webstack:profile: staging");
        // THEN staging's defaults apply, but the names that say which environment this is are the stack's own
        assertEquals(Environment.STAGING, settings.environment());
        assertEquals(256, settings.service().cpu(), "staging defaults apply");
        assertEquals("test-latest", settings.service().imageTag());
        assertEquals("test", settings.deploy().githubEnvironment());
        assertEquals("develop", settings.deploy().githubBranch(), "the branch is the profile's default until the file sets it");
    }

    @Test
    void theFormerEnvironmentKeyStillChoosesTheProfile() {
        // GIVEN a stack file written before webstack:profile existed THEN it plans as before
        assertEquals(Environment.PRODUCTION, load("qa", "aws:region: ap-northeast-1", "webstack:environment: production").environment());
        assertEquals(Environment.PRODUCTION, load("qa", "aws:region: ap-northeast-1", "webstack:environment: production",
                "webstack:profile: production").environment(), "both keys agreeing is accepted");
        // GIVEN both keys disagreeing THEN it is refused rather than one silently winning
        var error = refused("qa", "aws:region: ap-northeast-1", "webstack:environment: production", "webstack:profile: staging");
        assertEquals(List.of("webstack:environment"), error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).fix().contains("remove webstack:environment"), error.getMessage());
    }

    @Test
    void aProjectNameThatCannotBeAPrefixNeedsAnApp() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> StackSettingsLoader.load(Yaml.stackFile("staging", "aws:region: us-east-1", ORIGIN_SECRET), "My Project"));
        assertEquals("webstack:app", error.problems().get(0).key());
        var settings = StackSettingsLoader.load(Yaml.stackFile("staging", "aws:region: us-east-1", "webstack:app: shop", ORIGIN_SECRET),
                "My Project");
        assertEquals("shop", settings.identity().app());
    }

    @Test
    void anAppAndStackTooLongToStayWholeInEveryNameAreRefused() {
        var stack = "feature-payments-preview";
        var error = refused(stack, "aws:region: ap-northeast-1", "webstack:profile: staging", "webstack:app: shop");
        assertEquals(List.of("webstack:app"), error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).what().contains("'shop-" + stack + "' (29 characters)"), error.getMessage());
        assertTrue(error.problems().get(0).fix().contains("at most " + StackIdentity.MAX_NAME_PREFIX_LENGTH), error.getMessage());

        var longest = "s".repeat(StackIdentity.MAX_NAME_PREFIX_LENGTH - "shop-".length());
        assertEquals(longest, load(longest, "aws:region: ap-northeast-1", "webstack:profile: staging", "webstack:app: shop")
                .identity().stack());
    }

    @Test
    void keepsExtraTagsAndLeavesForeignNamespacesAlone() {
        var settings = load("staging", "aws:region: ap-northeast-1", "aws:profile: work", "webstack:tags: {team: web, owner: ops}");
        assertEquals(Map.of("team", "web", "owner", "ops"), settings.identity().extraTags());
    }

    @Test
    void aSecretSettingMustBeStoredAsASecret() {
        var secretSetting = Setting.webstack("test.token", ValueType.SECRET).describedAs("a secret for this test").build();

        var clear = new SettingsReader(Yaml.stackFile("staging", "webstack:test.token: hunter2"));
        assertTrue(clear.find(secretSetting).isEmpty());
        var problem = clear.problems().get(0);
        assertEquals("webstack:test.token: is stored in clear text but must be a secret; remove it from the stack file "
                + "and run pulumi config set --secret webstack:test.token <value>", problem.toString());
        assertFalse(problem.toString().contains("hunter2"), "the message must not repeat the secret");

        var encrypted = new SettingsReader(Yaml.stackFile("staging", "webstack:test.token: {secure: AAAB}"));
        var value = encrypted.find(secretSetting);
        assertTrue(value.isPresent());
        assertEquals(ConfigSource.SECRET_PLACEHOLDER, value.get().toString());
        assertTrue(encrypted.problems().isEmpty());
    }

    @Test
    void productionRefusesToDropTheHeaderCheck() {
        var error = refused("production", "aws:region: ap-northeast-1", "webstack:edge.originLock: false");
        assertEquals("webstack:edge.originLock: false is refused in production: without the header any CloudFront VPC origin "
                + "in the account could reach the load balancer, not only this distribution's; "
                + "keep the origin lock on; for a one-off test, use a staging stack", error.problems().get(0).toString());
        assertEquals(false, load("staging", "aws:region: ap-northeast-1", "webstack:edge.originLock: false").edge().originLock());
    }

    @Test
    void productionRefusesOffHoursUnlessTheyAreMeant() {
        var error = refused("production", "aws:region: ap-northeast-1", "webstack:offHours.enabled: true");
        assertEquals("webstack:offHours.enabled: true is refused in production: the site would be down outside the running "
                + "hours; set webstack:offHours.allowInProduction: true if that is really intended", error.problems().get(0).toString());
        // Production's windows (03:00 and Monday 04:00 in Tokyo) fall in the nightly stop, so they move with it (ADR 0019).
        var allowed = load("production", "aws:region: ap-northeast-1", "webstack:offHours.enabled: true",
                "webstack:offHours.allowInProduction: true", "webstack:database.backupWindow: 12:00-12:30",
                "webstack:database.maintenanceWindow: tue:11:00-tue:11:30");
        assertTrue(allowed.offHours().schedule().isPresent());
        assertTrue(load("staging", "aws:region: ap-northeast-1", "webstack:offHours.enabled: false").offHours().schedule().isEmpty());
    }

    @Test
    void theConnectionsAlarmSitsAt80PercentOfTheClassesMaximum() {
        assertEquals(89, load("staging", "aws:region: ap-northeast-1").alarms().databaseConnections());
        assertEquals(180, load("production", "aws:region: ap-northeast-1").alarms().databaseConnections(), "db.t4g.small: 2 GiB");
        assertEquals(1441, load("production", "aws:region: ap-northeast-1", "webstack:database.instanceClass: db.r6g.large")
                .alarms().databaseConnections());
        assertEquals(300, load("production", "aws:region: ap-northeast-1", "webstack:database.instanceClass: db.x2g.large",
                "webstack:alarms.databaseConnections: 300").alarms().databaseConnections());
    }

    @Test
    void costAssumptionsAcceptDecimalsWhereUsageIsFractional() {
        var cost = load("staging", "aws:region: ap-northeast-1", "webstack:cost.loadBalancerLcu: 0.35", "webstack:cost.logsGbPerMonth: 2").cost();
        assertEquals(0.35, cost.loadBalancerLcu(), 1e-12);
        assertEquals(2.0, cost.logsGbPerMonth(), 1e-12);
        assertEquals(54, cost.monthlyBudgetUsd(), "staging's budget of requirements R7.1 is the default");
        assertEquals(240, load("production", "aws:region: ap-northeast-1").cost().monthlyBudgetUsd(), "production's budget of requirements R7.1");
    }

    @Test
    void anAdoptingStackDoesNotAlsoConfigureWhatItAdopts() {
        var error = refused("staging", "aws:region: ap-northeast-1", "webstack:network.fromStack: acme/webstack/shared",
                "webstack:network.cidr: 10.4.0.0/16", "webstack:registry.fromStack: production", "webstack:registry.imagesKept: 10");
        assertEquals(List.of("webstack:network.cidr", "webstack:registry.imagesKept"), error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).toString().contains("network.fromStack adopts this from acme/webstack/shared"),
                error.problems().get(0).toString());
        var adopting = load("staging", "aws:region: ap-northeast-1", "webstack:network.fromStack: acme/webstack/shared",
                "webstack:registry.fromStack: production");
        assertEquals(Optional.of("acme/webstack/shared"), adopting.network().fromStack());
        assertEquals(Optional.of("production"), adopting.registry().fromStack());
    }

    @Test
    void theImageTagFollowsTheEnvironmentUnlessSet() {
        assertEquals("qa-candidate", load("staging", "aws:region: ap-northeast-1", "webstack:service.imageTag: qa-candidate")
                .service().imageTag());
        assertEquals("production-latest", load("production", "aws:region: ap-northeast-1").service().imageTag());
    }

    @Test
    void theOriginLockNeedsItsSecret() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> StackSettingsLoader.load(Yaml.stackFile("staging", "aws:region: ap-northeast-1"), "webstack"));
        assertEquals("webstack:edge.originSecret: is missing, and the origin lock needs it; run pulumi config set --secret "
                + "webstack:edge.originSecret \"$(openssl rand -hex 32)\"", error.problems().get(0).toString());
        var unlocked = StackSettingsLoader.load(Yaml.stackFile("staging", "aws:region: ap-northeast-1", "webstack:edge.originLock: false"), "webstack");
        assertTrue(unlocked.edge().originSecret().isEmpty());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "webstack:edge.domain: app.example.com | \"\"                                  | webstack:edge.hostedZone: is missing, and edge.domain needs it",
            "\"\"                                   | webstack:edge.hostedZone: example.com   | webstack:edge.hostedZone: 'example.com' is set without edge.domain",
            "webstack:edge.domain: app.example.org | webstack:edge.hostedZone: example.com  | webstack:edge.domain: 'app.example.org' is not inside edge.hostedZone (example.com)",
            "webstack:edge.domain: app.notexample.com | webstack:edge.hostedZone: example.com | webstack:edge.domain: 'app.notexample.com' is not inside edge.hostedZone (example.com)",
    })
    void aDomainNeedsTheZoneItLivesIn(String domain, String zone, String message) {
        var lines = new ArrayList<>(List.of("aws:region: ap-northeast-1"));
        if (!domain.isEmpty()) {
            lines.add(domain);
        }
        if (!zone.isEmpty()) {
            lines.add(zone);
        }
        var error = refused("staging", lines.toArray(String[]::new));
        assertTrue(error.problems().get(0).toString().startsWith(message), error.getMessage());
    }

    @Test
    void aDomainInsideItsZoneIsAccepted() {
        var edge = load("production", "aws:region: ap-northeast-1", "webstack:edge.domain: app.example.com",
                "webstack:edge.hostedZone: example.com").edge();
        assertTrue(edge.httpsOrigin());
        assertTrue(edge.needsGlobalRegion());
        assertTrue(load("production", "aws:region: ap-northeast-1", "webstack:edge.domain: example.com",
                "webstack:edge.hostedZone: example.com").edge().httpsOrigin(), "the zone apex itself");
    }

    @Test
    void theWafAloneNeedsUsEast1WhereItsCloudFrontScopeAclLives() {
        // GIVEN staging without a domain or viewer logs WHEN only edge.waf is turned on THEN the us-east-1 provider is needed
        assertFalse(load("staging", "aws:region: ap-northeast-1").edge().needsGlobalRegion());
        assertTrue(load("staging", "aws:region: ap-northeast-1", "webstack:edge.waf: true").edge().needsGlobalRegion());
    }

    /** Configuration as the engine hands it over at run time: secrets decrypted. */
    private record RuntimeConfig(Map<String, String> values, Set<String> secrets) implements ConfigSource {
        public String origin() {
            return "the configuration of stack 'staging'";
        }

        public boolean deploys() {
            return true;
        }

        public String stackName() {
            return "staging";
        }

        public Set<String> keys() {
            return values.keySet();
        }

        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        public boolean isSecret(String key) {
            return secrets.contains(key);
        }
    }

    /** The secret is an ELB header condition value: wildcards would match another stack's secret on a shared listener. */
    @Test
    void anOriginSecretAListenerRuleWouldReadAsAPatternOrCutIsRefusedWithoutBeingShown() {
        for (var secret : java.util.List.of("0123456789abcdef0123456789abcdef*", "0123456789abcdef?123456789abcdef0", "a".repeat(129))) {
            var error = assertThrows(InvalidStackConfigException.class, () -> StackSettingsLoader.load(new RuntimeConfig(
                    Map.of("aws:region", "ap-northeast-1", "webstack:edge.originSecret", secret),
                    Set.of("webstack:edge.originSecret")), "webstack"));
            assertEquals(java.util.List.of("webstack:edge.originSecret"), error.problems().stream().map(Problem::key).toList());
            assertTrue(error.getMessage().contains(secret.length() > 128 ? "longer than the 128 characters" : "reads as wildcards"),
                    error.getMessage());
            assertFalse(error.getMessage().contains(secret), "a secret never appears in a message");
        }
        var longest = StackSettingsLoader.load(new RuntimeConfig(Map.of("aws:region", "ap-northeast-1", "webstack:edge.originSecret",
                "f".repeat(128)), Set.of("webstack:edge.originSecret")), "webstack");
        assertTrue(longest.edge().originSecret().isPresent(), "128 characters is what a rule compares");
    }

    @Test
    void underPulumiUpAShortOriginSecretIsRefusedWithoutBeingShown() {
        var error = assertThrows(InvalidStackConfigException.class, () -> StackSettingsLoader.load(new RuntimeConfig(
                Map.of("aws:region", "ap-northeast-1", "webstack:edge.originSecret", "hunter2"),
                Set.of("webstack:edge.originSecret")), "webstack"));
        assertEquals("webstack:edge.originSecret", error.problems().get(0).key());
        assertTrue(error.getMessage().contains("is shorter than 32 characters"), error.getMessage());
        assertFalse(error.getMessage().contains("hunter2"), "a secret never appears in a message");
        var settings = StackSettingsLoader.load(new RuntimeConfig(
                Map.of("aws:region", "ap-northeast-1", "webstack:edge.originSecret", "0123456789abcdef0123456789abcdef"),
                Set.of("webstack:edge.originSecret")), "webstack");
        assertTrue(settings.edge().originSecret().isPresent());
    }

    @Test
    void aClearSettingStoredAsASecretIsRefused() {
        var error = refused("staging", "aws:region: ap-northeast-1", "webstack:service.cpu: {secure: AAAB}");
        assertEquals("webstack:service.cpu: is stored as a secret but is not secret; run pulumi config set "
                + "webstack:service.cpu <value> to store it in clear", error.problems().get(0).toString());
    }

    @ParameterizedTest(name = "{0} {1}-{2}: refused {3}")
    @CsvSource(delimiter = '|', value = {
            "Asia/Tokyo       | 02:30 | 22:00 | false",
            "UTC              | 02:30 | 22:00 | false",
            "Europe/Berlin    | 08:00 | 22:00 | false",
            "Europe/Berlin    | 02:30 | 22:00 | true",
            "America/New_York | 08:00 | 01:55 | true",
            "America/New_York | 03:15 | 22:00 | true",
            "America/New_York | 03:25 | 22:00 | false",
    })
    void noScheduledMomentFallsInADaylightSavingGap(String zone, String from, String until, boolean refused) {
        var lines = new String[] {"aws:region: ap-northeast-1", "webstack:offHours.timeZone: " + zone, "webstack:offHours.from: \"" + from + "\"",
                "webstack:offHours.until: \"" + until + "\""};
        if (!refused) {
            assertTrue(load("staging", lines).offHours().schedule().isPresent());
            return;
        }
        var error = refused("staging", lines);
        assertEquals("webstack:offHours.timeZone", error.problems().get(0).key());
        assertTrue(error.problems().get(0).what().contains("for daylight saving"), error.getMessage());
        assertTrue(error.problems().get(0).what().contains("AWS skips that run"), error.getMessage());
    }
}
