/**
 * BFCL's TwitterAPI domain: {@link io.envtune.env.posting.internal.PostingEnvironment} registers the service,
 * {@code PostingState} holds an episode's attributes, {@code PostingTable} declares the 14 tools whose bodies live in
 * {@code AccountTools}, {@code TweetTools} and {@code QueryTools}. Nothing here is exported.
 */
package io.envtune.env.posting.internal;
