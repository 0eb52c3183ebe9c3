/**
 * The application's runtime: the {@code Service} component (ECR repository, cluster,
 * execution and task roles, the app and {@code migration} task definitions, the Fargate
 * service in the public subnets and its scaling). Filled by issue 4.
 */
package dev.webstack.compute;
