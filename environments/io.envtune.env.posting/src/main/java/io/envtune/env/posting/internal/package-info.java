/**
 * BFCL's TwitterAPI domain: {@link io.envtune.env.posting.internal.TwitterEnvironment} registers the service,
 * {@code TwitterState} holds an episode's attributes, {@code TwitterTable} declares the 14 tools whose bodies live in
 * {@code AccountTools}, {@code TweetTools} and {@code QueryTools}. Nothing here is exported.
 */
package io.envtune.env.posting.internal;
