package dev.baton.bench.sitting;

import dev.baton.bench.load.LoadReport;

/**
 * What a sitting keeps of one run's {@link LoadReport}: the figures its table shows. The server and database
 * figures are null when they could not be read (no {@code /proc}, no PostgreSQL on this machine).
 */
record SittingFigures(
        double turnsPerSecond,
        double p50Ms,
        double p99Ms,
        Double serverCpuMsPerTurn,
        Double serverPeakRssMb,
        Double databaseCpuMsPerTurn,
        long errors,
        double loadAverageBefore) {

    static SittingFigures of(LoadReport report) {
        return new SittingFigures(
                report.turnsPerSecond(),
                report.latencyMs().p50(),
                report.latencyMs().p99(),
                report.serverCpuMsPerTurn(),
                report.serverPeakRssMb(),
                report.databaseCpuMsPerTurn(),
                report.errors().values().stream().mapToLong(Long::longValue).sum(),
                report.loadAverageBefore());
    }
}
