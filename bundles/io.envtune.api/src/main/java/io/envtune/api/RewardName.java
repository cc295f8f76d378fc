package io.envtune.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for the {@code envtune.reward.name} service property of a {@link RewardFunction}.
 * Put it on the DS component: {@code @RewardName(name = "progress")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RewardName {

    /** The prefix that maps the annotation to the property name {@code envtune.reward.name}. */
    String PREFIX_ = "envtune.reward.";

    /** The service property name. */
    String NAME = "envtune.reward.name";

    /** @return the reward name */
    String name();
}
