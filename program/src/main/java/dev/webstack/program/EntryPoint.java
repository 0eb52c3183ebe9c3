package dev.webstack.program;

import dev.webstack.settings.StackSettings;

/** How CloudFront reaches the load balancer. */
final class EntryPoint {

    private EntryPoint() {
    }

    /**
     * The one load balancer port CloudFront connects to. Only one port may admit CloudFront's
     * prefix list: each reference counts 55 rules against the security group's quota of 60.
     * Plain HTTP behind the origin lock until a custom domain gives the ALB a certificate.
     */
    static int originPort(StackSettings settings) {
        return settings.edge().httpsOrigin() ? 443 : 80;
    }
}
