/**
 * The read stage: from one {@code @Entity} or {@code @Document} type in the compiler's element
 * model to a validated {@link dev.dynamodel.processor.model.TypeDeclaration}, reporting every rule
 * the declaration breaks.
 *
 * <p>Where each decision lives:
 * <ul>
 *   <li>Every diagnostic, with its stable {@code DYNnnn} tag and text: {@link dev.dynamodel.processor.read.Message}.</li>
 *   <li>Every annotation and runtime type read by name: {@link dev.dynamodel.processor.ClassNames}; which of
 *       them declare validation rules: {@code ConstraintAnnotations}.</li>
 *   <li>Whether a type is an entity or a document, decided once: {@code DeclarationKind}. The table part
 *       (keys, indexes, version, timestamps, TTL) is read for entities only; the same annotations on a
 *       document are reported by {@code EntityOnlyAnnotations}.</li>
 *   <li>Generated names derived from the declaration: {@link dev.dynamodel.processor.Names}.</li>
 * </ul>
 *
 * <p>Errors go to one {@link dev.dynamodel.processor.read.Report} per type, which the processor prints
 * and which gates generation. It is a sink rather than an immutable value returned by each reader
 * (Dagger's {@code ValidationReport}) because the readers already return the model values they build
 * ({@code Optional<Property>}, indexes, {@code TypeRules}); carrying errors as a second return value
 * through every reader would double each signature for no change in what the user sees.
 */
package dev.dynamodel.processor.read;
