/**
 * The public entry point: the {@code Edge} component (application load balancer, target
 * group and listeners, the CloudFront distribution locked to it, WAF in production and an
 * optional custom domain), as requirements R1.1 and R5.1 ask.
 */
package dev.webstack.edge;
