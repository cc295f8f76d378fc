package io.envtune.server.internal;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.RewardFunction;
import io.envtune.api.ToolEnvironment;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.runtime.AugmenterChain;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclDomains;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The eight BFCL environments and the four rewards, created with {@code new} as DS would create them. */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** @return environment id to environment */
    public static Map<String, ToolEnvironment> environments() {
        return BfclDomains.environments();
    }

    /** @return format, progress, success and the composite of progress and format (paper weights) */
    public static List<RewardFunction> rewards() {
        List<RewardFunction> parts = new ArrayList<>();
        parts.add((RewardFunction) create("io.envtune.reward.format.internal.FormatReward"));
        parts.add((RewardFunction) create("io.envtune.reward.progress.internal.ProgressReward"));
        parts.add((RewardFunction) create("io.envtune.reward.success.internal.SuccessReward"));
        List<RewardFunction> all = new ArrayList<>(parts);
        all.add(composite(parts));
        return all;
    }

    /** The composite's configure and addPart are package-private DS methods; call them as SCR would. */
    private static RewardFunction composite(List<RewardFunction> parts) {
        try {
            Class<?> cls = Class.forName("io.envtune.reward.composite.internal.CompositeReward");
            Object composite = cls.getConstructor().newInstance();
            Class<?> config = Class.forName(cls.getName() + "$Config");
            Object defaults = Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] {config},
                (p, m, a) -> m.getDefaultValue());
            Method configure = cls.getDeclaredMethod("configure", config);
            configure.setAccessible(true);
            configure.invoke(composite, defaults);
            Method add = cls.getDeclaredMethod("addPart", RewardFunction.class);
            add.setAccessible(true);
            for (RewardFunction p : parts) {
                add.invoke(composite, p);
            }
            return (RewardFunction) composite;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set up the composite reward", e);
        }
    }

    /** @return a fresh in-memory paper curriculum */
    public static CurriculumScheduler curriculum() {
        return new Curriculum(PaperCurriculum.stages(), null);
    }

    /** @return every plug-in, without augmenters */
    public static StaticPlugins all() {
        return new StaticPlugins(environments(), rewards(), AugmenterChain.EMPTY, List.of(), curriculum());
    }

    private static Object create(String cls) {
        try {
            return Class.forName(cls).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + cls, e);
        }
    }
}
