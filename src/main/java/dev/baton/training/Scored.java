package dev.baton.training;

/** One held-out row: its true label, the top predicted intent and that intent's score. */
record Scored(String expected, String predicted, double confidence) {}
