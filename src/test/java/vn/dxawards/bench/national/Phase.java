package vn.dxawards.bench.national;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one phase of the benchmark did: its requests (latency and status), and the CPU of each
 * process over it. {@link #line(String...)} and {@link #summary()} print {@code BENCH } lines.
 */
final class Phase {

    /** The processes watched, read at the start and the end of each phase. */
    interface Meters {
        long appCpuMs();

        /** The part of {@link #appCpuMs} spent by the JVM's JIT compiler threads. */
        long appJitMs();

        /** The part of {@link #appCpuMs} spent by the garbage collector's threads. */
        long appGcMs();

        long pgBenchMs();

        long pgAllMs();

        long keycloakCpuMs();

        long clientCpuMs();

        long appRssMiB();
    }

    final String name;
    /** Dossiers (or sequences) the per-dossier CPU figures divide by. */
    final int units;
    private final Meters meters;
    private final long startNanos;
    private final long[] cpuStart;
    private long wallNanos = -1;
    private long[] cpuDelta;
    private long rss;

    private final List<Long> latencies = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, List<Long>> named = new TreeMap<>();
    final AtomicLong retried503 = new AtomicLong();
    final AtomicLong failedSequences = new AtomicLong();
    private final List<Long> sequences = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Phase(String name, int units, Meters meters) {
        this.name = name;
        this.units = Math.max(units, 1);
        this.meters = meters;
        this.cpuStart = cpu(meters);
        this.startNanos = System.nanoTime();
        System.out.printf("BENCH %-18s started (%d units)%n", name, units);
    }

    /** The app's RSS when the phase ended (MiB). */
    long rssMiB() {
        return rss;
    }

    private static long[] cpu(Meters m) {
        return new long[] {m.appCpuMs(), m.pgBenchMs(), m.pgAllMs(), m.keycloakCpuMs(), m.clientCpuMs(), m.appJitMs(),
                m.appGcMs()};
    }

    synchronized void record(String label, int status, long nanos) {
        latencies.add(nanos);
        named.computeIfAbsent(label, k -> new ArrayList<>()).add(nanos);
        statuses.merge(String.valueOf(status), 1, Integer::sum);
    }

    synchronized void sequence(long nanos) {
        sequences.add(nanos);
    }

    synchronized void note(String text) {
        notes.add(text);
        System.out.println("BENCH " + name + " note: " + text);
    }

    void end() {
        wallNanos = System.nanoTime() - startNanos;
        long[] now = cpu(meters);
        cpuDelta = new long[now.length];
        for (int i = 0; i < now.length; i++) {
            cpuDelta[i] = now[i] < 0 || cpuStart[i] < 0 ? -1 : now[i] - cpuStart[i];
        }
        rss = meters.appRssMiB();
        print();
    }

    long elapsedMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    long wallMs() {
        return wallNanos / 1_000_000;
    }

    long appCpuMs() {
        return cpuDelta[0];
    }

    long pgBenchMs() {
        return cpuDelta[1];
    }

    synchronized int requests() {
        return latencies.size();
    }

    synchronized int errors() {
        return statuses.entrySet().stream().filter(e -> !e.getKey().startsWith("2")).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized int errorsOf(String status) {
        return statuses.getOrDefault(status, 0);
    }

    synchronized double percentileMs(String label, double p) {
        List<Long> values = label == null ? latencies : named.getOrDefault(label, List.of());
        return percentile(values, p);
    }

    synchronized double sequencePercentileMs(double p) {
        return percentile(sequences, p);
    }

    static double percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private synchronized void print() {
        double wall = wallNanos / 1e9;
        System.out.printf("BENCH %-18s wall %.1f s, %d requests, %.1f req/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, statuses %s, 503 retried %d%n",
                name, wall, latencies.size(), latencies.size() / Math.max(wall, 1e-9), percentileMs(null, 50),
                percentileMs(null, 95), percentileMs(null, 99), statuses, retried503.get());
        for (Map.Entry<String, List<Long>> e : named.entrySet()) {
            if (named.size() > 1) {
                System.out.printf("BENCH %-18s   %-22s n %d, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", name,
                        e.getKey(), e.getValue().size(), percentile(e.getValue(), 50), percentile(e.getValue(), 95),
                        percentile(e.getValue(), 99), percentile(e.getValue(), 100));
            }
        }
        if (!sequences.isEmpty() || failedSequences.get() > 0) {
            System.out.printf("BENCH %-18s   sequences: %d finished, %d failed, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    name, sequences.size(), failedSequences.get(), percentile(sequences, 50), percentile(sequences, 95),
                    percentile(sequences, 99), percentile(sequences, 100));
        }
        System.out.printf("BENCH %-18s   CPU ms per unit (%d): app %s (JIT compiler %s, GC %s), pg(bench db) %s, pg(all) %s, keycloak %s, client %s; app RSS %d MiB%n",
                name, units, perUnit(cpuDelta[0]), perUnit(cpuDelta[5]), perUnit(cpuDelta[6]), perUnit(cpuDelta[1]), perUnit(cpuDelta[2]), perUnit(cpuDelta[3]),
                perUnit(cpuDelta[4]), rss);
    }

    String perUnit(long ms) {
        return ms < 0 ? "n/a" : String.format("%.1f", (double) ms / units);
    }

    /** One row of the final table. */
    synchronized String summary() {
        return String.format("BENCH | %-18s | %6d | %8.1f | %6d | %7.1f | %6.0f | %6.0f | %6.0f | %6d | %7s | %7s | %7s | %7s | %7s | %7s | %5d |",
                name, units, wallNanos / 1e9, latencies.size(), latencies.size() / Math.max(wallNanos / 1e9, 1e-9),
                percentileMs(null, 50), percentileMs(null, 95), percentileMs(null, 99), errors(), perUnit(cpuDelta[0]),
                perUnit(cpuDelta[5]), perUnit(cpuDelta[1]), perUnit(cpuDelta[2]), perUnit(cpuDelta[3]), perUnit(cpuDelta[4]), rss);
    }

    static String summaryHeader() {
        return "BENCH | phase              |  units |   wall s |   reqs |   req/s | p50 ms | p95 ms | p99 ms | errors | app/u   | jit/u   | pgdb/u  | pgall/u | kc/u    | client/u| RSS MiB |";
    }
}
