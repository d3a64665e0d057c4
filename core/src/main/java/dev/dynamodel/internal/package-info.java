/**
 * The runtime's internals: request building, write preparation, expiry, key and table helpers,
 * cursor sealing. Public only so that the API packages can share them; {@code module-info.java}
 * does not export this package, so a user's module cannot read it, and generated code never
 * calls it (it calls {@link dev.dynamodel.support} instead).
 */
package dev.dynamodel.internal;
