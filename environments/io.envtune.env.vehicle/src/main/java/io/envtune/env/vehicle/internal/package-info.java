/**
 * The BFCL {@code VehicleControlAPI} domain: state, tools and the DS component. Private to the bundle; consumers find
 * the environment as a {@link io.envtune.api.ToolEnvironment} service.
 */
package io.envtune.env.vehicle.internal;
