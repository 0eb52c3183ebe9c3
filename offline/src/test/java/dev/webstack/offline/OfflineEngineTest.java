package dev.webstack.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.dynamodb.Table;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.GetManagedPrefixListArgs;
import com.pulumi.aws.ec2.inputs.GetVpcArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclLoggingConfiguration;
import com.pulumi.aws.wafv2.WebAclLoggingConfigurationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackProvider;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import dev.webstack.settings.ConfigSource;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackIdentity;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class OfflineEngineTest {

    /** The engine as the program uses it: behind the stack's provider. */
    private static Plan run(Environment environment, BiConsumer<Context, ComponentResourceOptions> body) {
        var identity = new StackIdentity("webstack", environment.id(), "webstack", environment, "ap-northeast-1", Map.of());
        return OfflineEngine.run(new StackTarget("webstack", environment.id(), environment.id(), "ap-northeast-1"),
                context -> body.accept(context, StackProvider.create(identity)));
    }

    /** A component like the real ones: children parented to it. */
    static final class Sample extends ComponentResource {
        Sample(String name, ComponentResourceOptions options) {
            super("webstack:test:Sample", name, options);
            var vpc = new Vpc(name + "-vpc", VpcArgs.builder().cidrBlock("10.9.0.0/16").tags(Map.of("Name", "sample")).build(),
                    Children.of(this, o -> o.protect(true)));
            new Subnet(name + "-subnet", SubnetArgs.builder().vpcId(vpc.id()).cidrBlock("10.9.0.0/20")
                    .availabilityZone("ap-northeast-1c").build(), Children.of(this));
            new LogGroup(name + "-logs", LogGroupArgs.builder().retentionInDays(7).build(), Children.of(this));
            registerOutputs(Map.of());
        }
    }

    @Test
    void recordsParentsOptionsAndResolvedReferences() {
        var plan = run(Environment.STAGING, (context, options) -> new Sample("s", options));

        var component = plan.named("webstack:test:Sample", "s");
        var vpc = plan.named("aws:ec2/vpc:Vpc", "s-vpc");
        var subnet = plan.named("aws:ec2/subnet:Subnet", "s-subnet");
        assertNull(component.parent());
        assertNull(component.id());
        assertEquals(component.urn(), vpc.parent());
        assertEquals(component.urn(), subnet.parent());
        assertTrue(vpc.options().protect());
        assertFalse(subnet.options().protect());
        assertTrue(vpc.id().matches("vpc-[0-9a-f]{17}"), vpc.id());
        assertTrue(subnet.id().matches("subnet-[0-9a-f]{17}"), subnet.id());
        assertEquals(vpc.id(), subnet.inputText("vpcId"), "references resolve to the referenced resource's id");
        assertEquals("arn:aws:ec2:ap-northeast-1:123456789012:vpc/" + vpc.id(), vpc.outputText("arn"));
        assertEquals("apne1-az1", subnet.outputText("availabilityZoneId"), "the offline account maps ap-northeast-1c to apne1-az1");
        assertEquals(7L, plan.named("aws:cloudwatch/logGroup:LogGroup", "s-logs").input("retentionInDays").orElseThrow());
    }

    /** A component whose log group was renamed, keeping its state through an alias. */
    static final class Renamed extends ComponentResource {
        Renamed(String name, ComponentResourceOptions options) {
            super("webstack:test:Sample", name, options);
            new LogGroup(name + "-logs", LogGroupArgs.builder().retentionInDays(7).build(), Children.of(this, o -> o
                    .aliases(com.pulumi.core.Alias.builder().name(name + "-old-logs").build())
                    .replaceOnChanges("retentionInDays").deleteBeforeReplace(true)));
            registerOutputs(Map.of());
        }
    }

    /**
     * GIVEN a resource renamed with an alias by name, replaceOnChanges and deleteBeforeReplace WHEN planned THEN the
     * plan holds the URN it had before (same parent, old name) and both options, which a diff needs to call it a move.
     */
    @Test
    void recordsAliasesAsTheUrnsTheResourceHadAndReplaceOnChanges() {
        var plan = run(Environment.STAGING, (context, options) -> new Renamed("r", options));

        var logs = plan.named("aws:cloudwatch/logGroup:LogGroup", "r-logs");
        assertEquals(List.of(logs.urn().replace("::r-logs", "::r-old-logs")), logs.options().aliases());
        assertTrue(logs.urn().contains("webstack:test:Sample$aws:cloudwatch/logGroup:LogGroup::r-logs"), logs.urn());
        assertEquals(List.of("retentionInDays"), logs.options().replaceOnChanges());
        assertTrue(logs.options().deleteBeforeReplace());
        assertEquals(List.of(), plan.named("webstack:test:Sample", "r").options().aliases());
    }

    @Test
    void mergesTheProvidersDefaultTagsIntoTagsAll() {
        var plan = run(Environment.PRODUCTION, (context, options) -> new Sample("s", options));
        var tags = plan.named("aws:ec2/vpc:Vpc", "s-vpc").output("tagsAll").orElseThrow();
        assertEquals(Map.of("Name", "sample", "app", "webstack", "environment", "production", "managed-by", "pulumi",
                "pulumi-project", "webstack", "pulumi-stack", "production"), tags);
        assertTrue(plan.named("aws:ec2/subnet:Subnet", "s-subnet").output("tagsAll").isPresent());
    }

    @Test
    void masksSecretsInInputsOutputsAndExports() {
        var plan = run(Environment.STAGING, (context, options) -> {
            new Role("r", RoleArgs.builder()
                    .assumeRolePolicy("{}")
                    .description(Output.ofSecret("hunter2-description"))
                    .build(), CustomResourceOptions.builder().build());
            context.export("token", Output.ofSecret("hunter2-export"));
            context.export("plain", Output.of(42));
        });
        var role = plan.named("aws:iam/role:Role", "r");
        assertEquals(ConfigSource.SECRET_PLACEHOLDER, role.inputText("description"));
        assertEquals(ConfigSource.SECRET_PLACEHOLDER, role.outputText("description"));
        assertEquals(ConfigSource.SECRET_PLACEHOLDER, plan.output("token"));
        assertEquals(42L, plan.output("plain"));
        var json = PlanJson.write(plan);
        assertFalse(json.contains("hunter2"), "no secret may reach the plan JSON");
    }

    @Test
    void failsLoudlyOnAnInvokeItDoesNotKnow() {
        var error = assertThrows(OfflineRunException.class, () -> run(Environment.STAGING,
                (context, options) -> context.export("vpc", Ec2Functions.getVpc(GetVpcArgs.builder().default_(true).build())
                        .applyValue(v -> v.id()))));
        assertTrue(error.getMessage().contains("does not answer the invoke aws:ec2/getVpc:getVpc"), error.getMessage());
    }

    /** A CloudFront-scope web ACL with no rules: enough for the mock's Region checks. */
    private static WebAcl cloudFrontAcl(String name, CustomResourceOptions options) {
        return new WebAcl(name, WebAclArgs.builder().scope("CLOUDFRONT")
                .defaultAction(WebAclDefaultActionArgs.builder().allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .visibilityConfig(WebAclVisibilityConfigArgs.builder().cloudwatchMetricsEnabled(false).metricName(name)
                        .sampledRequestsEnabled(false).build())
                .build(), options);
    }

    @Test
    void refusesACloudFrontWebAclOutsideUsEast1AndLogsInAnotherRegion() {
        // GIVEN the stack's Tokyo provider WHEN a CloudFront-scope ACL is created with it THEN AWS's refusal
        var tokyo = assertThrows(OfflineRunException.class, () -> run(Environment.STAGING,
                (context, options) -> cloudFrontAcl("acl", CustomResourceOptions.builder().parent(null).build())));
        assertTrue(tokyo.getMessage().contains("scope CLOUDFRONT is only valid in us-east-1"), tokyo.getMessage());

        // GIVEN the us-east-1 provider WHEN the ACL logs to a Tokyo log group THEN refused; to a us-east-1 one, accepted
        var identity = new StackIdentity("webstack", "staging", "webstack", Environment.STAGING, "ap-northeast-1", Map.of());
        var crossRegion = assertThrows(OfflineRunException.class, () -> run(Environment.STAGING, (context, options) -> {
            var global = CustomResourceOptions.builder().provider(StackProvider.global(identity)).build();
            var acl = cloudFrontAcl("acl", global);
            var tokyoLogs = new LogGroup("waf-logs", LogGroupArgs.builder().name("aws-waf-logs-x").build());
            new WebAclLoggingConfiguration("logging", WebAclLoggingConfigurationArgs.builder().resourceArn(acl.arn())
                    .logDestinationConfigs(tokyoLogs.arn().applyValue(List::of)).build(), global);
        }));
        assertTrue(crossRegion.getMessage().contains("the log group must be in us-east-1"), crossRegion.getMessage());

        var plan = run(Environment.STAGING, (context, options) -> {
            var global = CustomResourceOptions.builder().provider(StackProvider.global(identity)).build();
            var acl = cloudFrontAcl("acl", global);
            var logs = new LogGroup("waf-logs", LogGroupArgs.builder().name("aws-waf-logs-x").build(), global);
            new WebAclLoggingConfiguration("logging", WebAclLoggingConfigurationArgs.builder().resourceArn(acl.arn())
                    .logDestinationConfigs(logs.arn().applyValue(List::of)).build(), global);
        });
        var acl = plan.named("aws:wafv2/webAcl:WebAcl", "acl");
        assertEquals("arn:aws:wafv2:us-east-1:123456789012:global/webacl/" + acl.outputText("name") + "/" + acl.id(), acl.outputText("arn"));
    }

    @Test
    void failsLoudlyOnAResourceTypeItDoesNotKnow() {
        var error = assertThrows(OfflineRunException.class, () -> run(Environment.STAGING,
                (context, options) -> new Table("jobs")));
        assertTrue(error.getMessage().contains("does not know how AWS creates aws:dynamodb/table:Table (jobs)"), error.getMessage());
    }

    @Test
    void answersManagedPrefixListsByNameAndOnlyThose() {
        var plan = run(Environment.STAGING, (context, options) -> context.export("cloudfront",
                Ec2Functions.getManagedPrefixList(GetManagedPrefixListArgs.builder()
                        .name("com.amazonaws.global.cloudfront.origin-facing").build()).applyValue(l -> l.maxEntries() + " " + l.id())));
        assertTrue(String.valueOf(plan.output("cloudfront")).matches("55 pl-[0-9a-f]{8}"), String.valueOf(plan.output("cloudfront")));

        var error = assertThrows(OfflineRunException.class, () -> run(Environment.STAGING,
                (context, options) -> context.export("x", Ec2Functions.getManagedPrefixList(GetManagedPrefixListArgs.builder()
                        .name("com.example.made-up").build()).applyValue(l -> l.id()))));
        assertTrue(error.getMessage().contains("no AWS-managed prefix list is named 'com.example.made-up'"), error.getMessage());
    }

    @Test
    void theSameProgramAlwaysYieldsTheSamePlan() {
        var first = PlanJson.write(run(Environment.STAGING, (context, options) -> new Sample("s", options)));
        var second = PlanJson.write(run(Environment.STAGING, (context, options) -> new Sample("s", options)));
        assertEquals(first, second);
    }
}
