/**
 * Support for seeded procedural task generators, written once for every domain.
 *
 * <p>A domain's generator extends {@link io.envtune.toolkit.generate.DraftGenerator} and, for each task, fills a
 * {@link io.envtune.toolkit.generate.TaskDraft} with turns of {@link io.envtune.toolkit.generate.Request}s: a clause
 * of question text and the ground-truth calls it needs (written with {@link io.envtune.toolkit.generate.CallText},
 * which prints arguments as Python literals). The draft turns itself into a BFCL {@code base}, {@code miss_func} or
 * {@code miss_param} task; {@link io.envtune.toolkit.generate.Wording} varies the question texts. Every random choice
 * comes from one {@link java.util.SplittableRandom} per task, so the same settings give the same tasks everywhere.
 */
@Export
@Version("1.1.0")
package io.envtune.toolkit.generate;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
