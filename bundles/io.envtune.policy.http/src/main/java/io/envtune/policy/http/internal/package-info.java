/**
 * Not exported: the DS component, request and response JSON, endpoint URLs, and the retrying, concurrency-limited
 * transport over the JDK's {@code java.net.http.HttpClient}.
 */
package io.envtune.policy.http.internal;
