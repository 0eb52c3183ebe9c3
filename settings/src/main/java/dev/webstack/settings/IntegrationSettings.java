package dev.webstack.settings;

import java.util.List;
import java.util.Set;

/**
 * What the application reaches beyond the stack's own resources: SSM Parameter Store
 * SecureString values (requirements: LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY, WANDB_API_KEY) and
 * the Amazon Bedrock foundation models the task role may invoke in the stack's region (ADR 0019).
 *
 * @param parameters    environment-variable names, one SecureString parameter each, injected by ARN
 * @param bedrockModels foundation-model ids, e.g. anthropic.claude-3-5-sonnet-20240620-v1:0
 */
public record IntegrationSettings(List<String> parameters, List<String> bedrockModels) {

    public static final int MAX_PARAMETERS = 40;
    public static final int MAX_MODELS = 20;

    /**
     * A foundation-model id as Bedrock writes it in a foundation-model ARN (Amazon Bedrock API Reference,
     * InferenceProfileModel.modelArn pattern): provider.model[:version[:variant]].
     */
    static final String MODEL_ID = "[a-z0-9-]{1,63}[.]([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2}";

    /**
     * Geographic prefixes of the system-defined cross-region inference profiles (us.anthropic...). A profile
     * routes a request to a foundation model in another region, so it needs the profile's ARN and the model's
     * ARN in every destination region: more than "the stack's region only", so refused.
     */
    static final Set<String> INFERENCE_PROFILE_PREFIXES = Set.of("us", "eu", "apac", "jp", "au", "ca", "us-gov", "global");

    public static final Setting<List<String>> PARAMETERS = Setting.webstack("parameters.names", ValueType.TEXT_LIST)
            .describedAs("Names of SSM Parameter Store SecureString values the app reads as environment variables (requirements: "
                    + "LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY, WANDB_API_KEY). Each is created as `/<app>-<stack>/app/<NAME>` with a "
                    + "placeholder the program never changes again; put the value with `aws ssm put-parameter --overwrite` "
                    + "(docs/runbook.md#application-parameters). Standard tier: no charge.")
            .defaultsTo(List.of())
            .check(Check.of(names -> names.stream().allMatch(n -> n.matches("[A-Z][A-Z0-9_]{0,63}")),
                    "has a name that is not an environment variable name",
                    "use upper-case letters, digits and underscores, starting with a letter, e.g. LANGFUSE_SECRET_KEY"))
            .check(Check.distinct("a name"))
            .check(Check.of(names -> names.size() <= MAX_PARAMETERS, "has more than " + MAX_PARAMETERS + " names",
                    "group related values into one parameter"))
            .build();

    public static final Setting<List<String>> BEDROCK_MODELS = Setting.webstack("bedrock.models", ValueType.TEXT_LIST)
            .describedAs("Amazon Bedrock foundation-model ids the task role may invoke in the stack's region "
                    + "(bedrock:InvokeModel and InvokeModelWithResponseStream on those models' ARNs only), e.g. "
                    + "anthropic.claude-3-5-sonnet-20240620-v1:0. Cross-region inference profiles (us., apac., jp., global. ...) are refused, "
                    + "and many current models in ap-northeast-1 are offered only through them (each model's page in the Bedrock "
                    + "User Guide): such a model cannot be used through this setting yet (ADR 0019).")
            .defaultsTo(List.of())
            .check(Check.of(ids -> ids.stream().allMatch(id -> id.matches(MODEL_ID)), "has an entry that is not a foundation-model id",
                    "write the model id as Bedrock lists it, e.g. anthropic.claude-3-5-sonnet-20240620-v1:0, not an ARN"))
            .check(Check.of(ids -> ids.stream().noneMatch(IntegrationSettings::isInferenceProfile),
                    "names a cross-region inference profile, which reaches models in other regions",
                    "use the foundation-model id without the geographic prefix (anthropic.claude-... instead of apac.anthropic.claude-...) "
                            + "for a model offered on demand in the stack's region; a model Bedrock offers there only through an "
                            + "inference profile cannot be granted by this setting yet (ADR 0019)"))
            .check(Check.distinct("a model"))
            .check(Check.of(ids -> ids.size() <= MAX_MODELS, "has more than " + MAX_MODELS + " models", "keep the models the app uses"))
            .build();

    static boolean isInferenceProfile(String id) {
        var dot = id.indexOf('.');
        return dot > 0 && INFERENCE_PROFILE_PREFIXES.contains(id.substring(0, dot));
    }

    static List<Setting<?>> settings() {
        return List.of(PARAMETERS, BEDROCK_MODELS);
    }

    static IntegrationSettings read(SettingsReader reader) {
        return new IntegrationSettings(reader.get(PARAMETERS), reader.get(BEDROCK_MODELS));
    }

    /**
     * A parameter name clashes with a variable the service sets itself, or with an application secret: ECS
     * would be given the same variable twice. SSM refuses names starting with "aws" or "ssm"
     * (case-insensitive; SSM API Reference, PutParameter, Name), which the stack's prefix would be with such an app name.
     */
    static void refuseClashes(SettingsReader reader, StackIdentity identity, SecretSettings secrets, IntegrationSettings integrations) {
        if (!reader.usable(PARAMETERS)) {
            return;
        }
        var reserved = AppVariable.names();
        var clashes = integrations.parameters().stream().filter(reserved::contains).toList();
        if (!clashes.isEmpty()) {
            reader.complain(PARAMETERS.key(), "uses " + String.join(", ", clashes) + ", which the service sets itself",
                    "rename the parameter; reserved: " + String.join(", ", reserved));
        }
        if (reader.usable(SecretSettings.NAMES)) {
            var both = integrations.parameters().stream().filter(secrets.names()::contains).toList();
            if (!both.isEmpty()) {
                reader.complain(PARAMETERS.key(), "uses " + String.join(", ", both) + ", also in secrets.names",
                        "keep each name in one of secrets.names and parameters.names");
            }
        }
        var app = identity.app().toLowerCase();
        if (!integrations.parameters().isEmpty() && (app.startsWith("aws") || app.startsWith("ssm"))) {
            reader.complain(PARAMETERS.key(), "would create parameters under /" + identity.app() + "-..., and SSM refuses names "
                    + "starting with aws or ssm", "choose a webstack:app that does not start with aws or ssm");
        }
    }
}
