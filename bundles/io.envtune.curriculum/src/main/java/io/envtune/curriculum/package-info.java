/**
 * The curriculum: default stages, JSON stage configuration, the promotion rule and a persistent scheduler.
 */
@Export
@Version("1.2.0")
package io.envtune.curriculum;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
