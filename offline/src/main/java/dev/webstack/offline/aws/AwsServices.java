package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;

/** Every AWS service the offline engine answers for, registered in one catalogue. */
public final class AwsServices {

    private AwsServices() {
    }

    /** The catalog of AWS behaviours webstack's program needs. */
    public static MockCatalog catalog() {
        var catalog = new MockCatalog();
        GlobalMocks.register(catalog);
        Ec2Mocks.register(catalog);
        IamMocks.register(catalog);
        CloudWatchMocks.register(catalog);
        RdsMocks.register(catalog);
        S3Mocks.register(catalog);
        SecretsMocks.register(catalog);
        ElbMocks.register(catalog);
        CloudFrontMocks.register(catalog);
        WafMocks.register(catalog);
        DnsMocks.register(catalog);
        EcsMocks.register(catalog);
        AlertingMocks.register(catalog);
        SchedulerMocks.register(catalog);
        AuditMocks.register(catalog);
        return catalog;
    }
}
