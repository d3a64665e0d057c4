package dev.dynamodel.tests.rules;

/** How bad a ticket is. */
public enum Severity {
    LOW, HIGH
}
