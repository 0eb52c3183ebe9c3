package dev.webstack.offline.catalog;

import java.util.Map;

/** The answer AWS gives to one data-source call (an invoke). */
@FunctionalInterface
public interface InvokeHandler {

    Map<String, Object> answer(Map<String, Object> args, AwsFacts facts);
}
