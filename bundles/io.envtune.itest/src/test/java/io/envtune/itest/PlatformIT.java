package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** The platform starts in a real Felix framework with every launcher bundle active and its services up. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    @Inject
    BundleContext context;

    @Inject
    ServiceComponentRuntime scr;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    CommandProcessor commands;

    @Configuration
    public Option[] config() {
        return ItSupport.baseOptions();
    }

    @Test
    public void everyBundleIsActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                notActive.add(b.getSymbolicName() + " state " + b.getState());
            }
        }
        assertEquals("bundles not active: " + notActive, List.of(), notActive);
    }

    @Test
    public void envtuneComponentsAreSatisfied() {
        long active = scr.getComponentDescriptionDTOs().stream()
            .filter(d -> d.bundle.symbolicName.equals("io.envtune.shell"))
            .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
            .filter(c -> c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.ACTIVE
                || c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.SATISFIED)
            .count();
        assertTrue("shell components satisfied: " + active, active >= 5);
        assertNotNull(configAdmin);
    }

    @Test
    public void everyContractHasItsServices() throws Exception {
        assertEquals(8, count(io.envtune.api.ToolEnvironment.class));
        assertEquals(8, count(io.envtune.api.TaskSource.class));
        assertEquals(4, count(io.envtune.api.RewardFunction.class));
        assertTrue(count(io.envtune.api.FeedbackAugmenter.class) >= 5);
        assertEquals(1, count(io.envtune.api.CurriculumScheduler.class));
    }

    private int count(Class<?> type) throws Exception {
        org.osgi.framework.ServiceReference<?>[] refs = context.getServiceReferences(type.getName(), null);
        return refs == null ? 0 : refs.length;
    }

    @Test
    public void oracleSolvesTheBuiltInTasksThroughTheShell() throws Exception {
        CommandSession session = commands.createSession(System.in, System.out, System.err);
        try {
            java.io.File out = new java.io.File(ItSupport.freshDir("eval"), "out");
            Object table = session.execute("envtune:eval --policy oracle --out " + out.getAbsolutePath());
            assertTrue(String.valueOf(table), String.valueOf(table).contains("overall           179   1.000 ± 0.000"));
        } finally {
            session.close();
        }
    }

    @Test
    public void envtuneCommandsRunInAGogoSession() throws Exception {
        CommandSession session = commands.createSession(System.in, System.out, System.err);
        try {
            Object envs = session.execute("envtune:envs");
            assertTrue(String.valueOf(envs), String.valueOf(envs).contains("environment(s)"));
            Object help = session.execute("envtune:help");
            assertTrue(String.valueOf(help), String.valueOf(help).contains("envtune:tools"));
        } finally {
            session.close();
        }
    }
}
