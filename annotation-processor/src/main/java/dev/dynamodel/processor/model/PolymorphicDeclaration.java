package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A {@code @Document} sealed interface: a nested value stored as the map of one of its permitted documents. */
public record PolymorphicDeclaration(ClassName type, String typeAttribute, List<FamilyDeclaration.Member> members) {
}
