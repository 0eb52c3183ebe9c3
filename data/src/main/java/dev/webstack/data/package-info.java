/**
 * Stateful storage of one stack: the {@code Database} component (RDS PostgreSQL in the
 * isolated subnets, its parameter group and RDS-managed master secret) and the
 * {@code DocumentStore} component (the private, versioned S3 bucket for application
 * documents), as requirements R1.2 and R3.2 ask.
 */
package dev.webstack.data;
