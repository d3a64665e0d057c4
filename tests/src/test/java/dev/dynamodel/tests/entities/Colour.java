package dev.dynamodel.tests.entities;

public enum Colour { RED, GREEN, BLUE }
