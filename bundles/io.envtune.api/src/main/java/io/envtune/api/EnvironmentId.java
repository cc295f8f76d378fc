package io.envtune.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for the {@code envtune.environment.id} service property of a {@link ToolEnvironment}.
 * Put it on the DS component: {@code @EnvironmentId("GorillaFileSystem")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EnvironmentId {

    /** The prefix that maps the annotation to the property name {@code envtune.environment.id}. */
    String PREFIX_ = "envtune.environment.";

    /** The service property name. */
    String NAME = "envtune.environment.id";

    /** @return the environment id */
    String id();
}
