/**
 * The application's runtime: the {@code Service} component (ECR repository, cluster,
 * execution and task roles, the app and {@code migration} task definitions, the Fargate
 * service in the public subnets and its scaling), as requirements R3.1 and R9.2 ask.
 */
package dev.webstack.compute;
