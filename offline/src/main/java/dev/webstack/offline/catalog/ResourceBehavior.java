package dev.webstack.offline.catalog;

/** What AWS does when a resource of one type is created: id, ARN and computed attributes. */
@FunctionalInterface
public interface ResourceBehavior {

    void create(MockResource resource);
}
