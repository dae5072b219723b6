package dev.baton.training;

/**
 * What {@code baton benchmark} reports; its JSON form is the command's last output line. The OOS fields
 * are null for data sets without out-of-scope rows.
 */
public record BenchmarkResult(
        String dataset,
        double inScopeAccuracyNoReject,
        Double inScopeAccuracy,
        Double oosRecall,
        Double oosPrecision,
        Double threshold,
        double trainSeconds,
        long latencyMedianMicros,
        long latencyP99Micros) {}
