package dev.baton.config;

import java.nio.file.Path;

/** Where the FAQ corpus and the trained models are read from. */
public record NluConfig(Path corpusDir, Path modelsDir) {}
