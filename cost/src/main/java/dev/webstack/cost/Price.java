package dev.webstack.cost;

/**
 * One price from a region's table: how much, per what, and where it was read.
 *
 * @param key    the table's key, e.g. {@code fargate.vcpuHour.x86}
 * @param usd    US dollars per unit
 * @param per    the unit, e.g. "vCPU-hour"
 * @param source    where the price was read (a URL), or how it was estimated
 * @param confirmed false for an estimate no published source confirmed; reports mark it
 */
public record Price(String key, double usd, String per, String source, boolean confirmed) {
}
