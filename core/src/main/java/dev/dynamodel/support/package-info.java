/**
 * The one package that generated schemas and models call: codecs, checks, key checks, defaults,
 * unknown-attribute handling and the update actions generated schemas add. Exported because
 * generated code lives in your packages and must reach it.
 *
 * <p><b>For generated code only.</b> Nothing here is an API: it changes together with the
 * processor, in any release, without notice. Do not call it from your own code (the way jOOQ's
 * {@code org.jooq.impl.Internal} is meant only for jOOQ's generated code).
 */
package dev.dynamodel.support;
