package io.envtune.env.ticket.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The test kit's generator contract over 1200 generated Ticket tasks. */
public final class TicketGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new TicketGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new TicketEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new TicketTasks();
    }
}
