package dev.webstack.kit.naming;

/** Length limits AWS puts on the physical names webstack sets. */
public enum NameLimit {
    /** Application load balancers and target groups: 32 characters. */
    LOAD_BALANCER(32),
    TARGET_GROUP(32),
    /** IAM role names: 64 characters. */
    IAM_ROLE(64),
    /** RDS instance, parameter group and subnet group identifiers: 63 (255 for subnet groups; 63 keeps one rule). */
    RDS_IDENTIFIER(63),
    /** S3 bucket names: 63 characters, globally unique. */
    S3_BUCKET(63),
    /** Security group names: 255 characters. */
    SECURITY_GROUP(255),
    /** ECS clusters, services and task definition families: 255 characters. */
    ECS(255),
    /** Log group names: 512 characters. */
    LOG_GROUP(512),
    /** Most other names (SNS topics, alarms, secrets): 256 characters; 63 keeps them readable. */
    GENERAL(63);

    private final int maxLength;

    NameLimit(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
