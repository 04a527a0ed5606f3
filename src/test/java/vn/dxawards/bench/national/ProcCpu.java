package vn.dxawards.bench.national;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CPU time of processes from {@code /proc} (Linux): user + system time, children included
 * (fields utime, stime, cutime, cstime of {@code /proc/<pid>/stat}), in milliseconds; and the
 * resident set size. PostgreSQL is counted two ways: every {@code postgres} process of the
 * machine's cluster (which other users of the cluster add to), and only the backends connected to
 * the bench's own database (attributed; a backend that ends between two readings loses its last
 * interval).
 */
final class ProcCpu {

    static final long TICK_MS = 1000L / Long.getLong("bench.clk.tck", 100);

    private ProcCpu() {
    }

    /** CPU ms of one process and its waited-for children; -1 when it is gone or unreadable. */
    static long cpuMs(long pid) {
        return pid <= 0 ? -1 : ticks(Path.of("/proc", String.valueOf(pid), "stat"), true) * TICK_MS;
    }

    static long selfCpuMs() {
        return ticks(Path.of("/proc/self/stat"), true) * TICK_MS;
    }

    /** VmRSS in MiB, or -1. */
    static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** Sum over every process named {@code postgres} (the whole cluster: all databases, all users). */
    static long postgresAllMs() {
        long ticks = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try {
                    String comm = Files.readString(proc.resolve("comm")).trim();
                    if (comm.equals("postgres")) {
                        long t = ticks(proc.resolve("stat"), true);
                        ticks += Math.max(t, 0);
                    }
                } catch (IOException | RuntimeException e) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * TICK_MS;
    }

    private static long ticks(Path stat, boolean children) {
        try {
            String text = Files.readString(stat);
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": f[0] = state (field 3), so field n is f[n - 3]
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (children) {
                t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return t;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The CPU of some threads of a process, chosen by their name ({@code /proc/<pid>/task/<tid>/comm},
     * e.g. the JIT compiler's {@code C2 CompilerThre}): like {@link DatabaseBackends}, each thread's
     * last reading is remembered and the deltas of the threads alive at each reading are summed, so
     * a thread that ends between two readings (the JVM adds and retires compiler threads as their
     * queue grows and shrinks) loses only its last interval — the figure is a lower bound.
     */
    static final class ThreadsOf {
        private final long pid;
        private final Predicate<String> named;
        private final Growth growth = new Growth();

        ThreadsOf(long pid, Predicate<String> named) {
            this.pid = pid;
            this.named = named;
            read();
        }

        /** Total CPU ms of the chosen threads seen so far (monotonic); -1 when the process is unreadable. */
        synchronized long read() {
            if (pid <= 0) {
                return -1;
            }
            Map<Long, Long> readings = new HashMap<>();
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
                for (Path task : tasks) {
                    try {
                        if (!named.test(Files.readString(task.resolve("comm")).trim())) {
                            continue;
                        }
                        long now = ticks(task.resolve("stat"), false);
                        if (now < 0) {
                            continue;
                        }
                        readings.put(Long.parseLong(task.getFileName().toString()), now);
                    } catch (IOException | RuntimeException e) {
                        // ended meanwhile
                    }
                }
            } catch (IOException e) {
                return -1;
            }
            return growth.add(readings) * TICK_MS;
        }
    }

    /**
     * The growth of counters read again and again (a process's or a thread's CPU time): each one's last
     * reading is remembered, those no longer read are forgotten, and the growth of the ones read is
     * summed — one that ends between two readings loses its last interval.
     */
    static final class Growth {
        private final Map<Long, Long> last = new HashMap<>();
        private long total;

        /** Adds this reading (id → counter) of everything alive; answers the total growth so far. */
        long add(Map<Long, Long> readings) {
            readings.forEach((id, now) -> {
                Long before = last.put(id, now);
                total += now - (before == null ? 0 : before);
            });
            last.keySet().retainAll(readings.keySet());
            return total;
        }

        long total() {
            return total;
        }
    }

    /**
     * The CPU of the backends of one database: remembers each backend's last reading, so that a
     * phase's figure is the sum of the deltas of the backends alive at its end.
     */
    static final class DatabaseBackends implements AutoCloseable {
        private final Connection connection;
        private final String database;
        private final Growth growth = new Growth();

        DatabaseBackends(String url, String user, String password, String database) throws SQLException {
            this.connection = DriverManager.getConnection(url, user, password);
            this.database = database;
            read();
        }

        /** Total CPU ms of this database's backends seen so far (monotonic). */
        synchronized long read() {
            Set<Long> pids = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select pid from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                query.setString(1, database);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        pids.add(rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                return growth.total();
            }
            Map<Long, Long> readings = new HashMap<>();
            for (long pid : pids) {
                long now = cpuMs(pid);
                if (now >= 0) {
                    readings.put(pid, now);
                }
            }
            return growth.add(readings);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
