/**
 * Stateful storage of one stack: the {@code Database} component (RDS PostgreSQL in the
 * isolated subnets, its parameter group and RDS-managed master secret) and the
 * {@code DocumentStore} component (the private, versioned S3 bucket for application
 * documents). Filled by issue 3; until then the module only reserves its place in the
 * build so that its dependency direction (core &lt;- data &lt;- program) is fixed.
 */
package dev.webstack.data;
