/**
 * The TradingBot domain: state, tools and the DS component that registers it. Not exported; the service is the
 * only way in.
 */
package io.envtune.env.trading.internal;
