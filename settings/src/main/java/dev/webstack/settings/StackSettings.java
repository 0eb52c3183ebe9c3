package dev.webstack.settings;

/**
 * Everything a stack's configuration decides, typed and validated. Built only by
 * {@link StackSettingsLoader}; components never read configuration themselves.
 */
public record StackSettings(StackIdentity identity, NetworkSettings network, ServiceSettings service,
                            DatabaseSettings database, DocumentSettings documents, SecretSettings secrets,
                            EdgeSettings edge, RegistrySettings registry, OffHoursSettings offHours, AlarmSettings alarms,
                            CostSettings cost, DeploySettings deploy, AuditSettings audit,
                            ReleaseSettings release, DatabaseLoginSettings databaseLogin, IntegrationSettings integrations) {

    public Environment environment() {
        return identity.environment();
    }
}
