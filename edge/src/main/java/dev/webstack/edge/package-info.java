/**
 * The public entry point: the {@code Edge} component (application load balancer, target
 * group and listeners, the CloudFront distribution locked to it, WAF in production and an
 * optional custom domain). Filled by issue 5.
 */
package dev.webstack.edge;
