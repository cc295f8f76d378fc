/** The platform's DS components: the live plug-in registry. */
package io.envtune.platform.internal;
