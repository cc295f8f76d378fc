/**
 * BFCL's TicketAPI domain: {@link io.envtune.env.ticket.internal.TicketEnvironment} registers the service,
 * {@code TicketState} holds an episode's attributes, {@code TicketTable} declares the 9 tools whose bodies live in
 * {@code SessionTools}, {@code TicketTools} and {@code QueueTools}. Nothing here is exported.
 */
package io.envtune.env.ticket.internal;
