package dev.dynamodel.tests.rules;

/** A member's role. */
public enum Role {
    MEMBER, EDITOR, ADMIN
}
