package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a production stack whose alarm recipient is at a domain reserved for documentation,
 * WHEN the real engine runs it THEN it is refused; the offline plan (the committed stack file's
 * placeholder) only warns, and staging is never refused for it.
 */
class UndeliverableRecipientTest {

    /** Configuration as the engine hands it over: secrets decrypted, and it deploys. */
    private record Deploying(String stackName, Map<String, String> values) implements ConfigSource {
        public String origin() {
            return "the configuration of stack '" + stackName + "'";
        }

        public Set<String> keys() {
            return values.keySet();
        }

        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        public boolean isSecret(String key) {
            return key.equals("webstack:edge.originSecret");
        }

        public boolean deploys() {
            return true;
        }
    }

    private static StackSettings deploy(String stack, String emails) {
        var values = new LinkedHashMap<String, String>();
        values.put("aws:region", "ap-northeast-1");
        values.put("webstack:edge.originSecret", "0123456789abcdef0123456789abcdef");
        values.put("webstack:alarms.emails", emails);
        return StackSettingsLoader.load(new Deploying(stack, values), "webstack");
    }

    @Test
    void productionIsNotDeployedWithARecipientThatNeverReceivesMail() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> deploy("production", "[\"oncall@example-corp.com\",\"oncall@example.com\"]"));
        var problem = error.problems().get(0);
        assertEquals("webstack:alarms.emails", problem.key());
        assertEquals("['oncall@example-corp.com', 'oncall@example.com'] has oncall@example.com at a domain reserved for documentation "
                + "(RFC 2606, RFC 6761): it never receives mail, so production's alarms would reach nobody there", problem.what());
        assertEquals("replace it with a mailbox someone reads: pulumi config set --path 'webstack:alarms.emails[1]' <address>",
                problem.fix());
    }

    @Test
    void productionWithDeliverableRecipientsDeploys() {
        assertEquals(List.of("oncall@example-corp.com"), deploy("production", "[\"oncall@example-corp.com\"]").alarms().emails());
    }

    @Test
    void stagingIsNotRefusedForAPlaceholder() {
        assertEquals(List.of("oncall@example.com"), deploy("staging", "[\"oncall@example.com\"]").alarms().emails());
    }

    @Test
    void theCommittedProductionFileStillPlansOffline() {
        var source = StackFileConfigSource.load(java.nio.file.Path.of("..").toAbsolutePath().normalize(), "production");
        assertEquals(false, source.deploys());
        assertEquals(List.of("oncall@example.com"), StackSettingsLoader.load(source, "webstack").alarms().emails());
    }
}
