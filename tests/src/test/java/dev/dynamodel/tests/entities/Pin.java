package dev.dynamodel.tests.entities;

/** A user type stored as a string by {@link PinConverter}, which refuses anything but digits. */
public record Pin(String digits) {
}
