/** Generic feedback augmenters, registered as whiteboard services. */
package io.envtune.augment.internal;
