package vn.dxawards.platform.persistence;

import java.util.Set;

/**
 * What the database's refusals mean, by their SQLState, whatever wraps them (Hibernate, the
 * transaction manager, the engine's batches). One list for the two places that must agree: the error
 * mapper answers a concurrent change 409, and {@code EngineRaces} runs again an action whose
 * transaction such a refusal rolled back while an engine job worked on the same process instance.
 */
public final class DatabaseRefusals {

    /**
     * Another transaction changed the same rows at that instant: a serialization failure (40001), a
     * deadlock (40P01), a lock not available (55P03), or a row removed or still referenced by what a
     * parallel transaction just wrote (23503: seen as the engine deleting a vote branch's execution
     * while a council member's vote job kept a child of it).
     */
    static final Set<String> CONCURRENT_CHANGE = Set.of("40001", "40P01", "55P03", "23503");

    private DatabaseRefusals() {
    }

    /** The SQLState of the first database exception in the cause chain, or {@code null}. */
    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null) {
                return jdbc.getSQLState();
            }
        }
        return null;
    }

    /** Whether the database refused because of a concurrent transaction (see {@link #CONCURRENT_CHANGE}). */
    public static boolean concurrentChange(Throwable e) {
        String state = sqlState(e);
        return state != null && CONCURRENT_CHANGE.contains(state);
    }
}
