package dev.webstack.kit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line on what a component's input or output is. The module READMEs' Inputs and Outputs
 * tables are generated from these ({@code ./webstack components --write}), so the line is
 * written here once, next to the field it describes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Doc {

    String value();
}
