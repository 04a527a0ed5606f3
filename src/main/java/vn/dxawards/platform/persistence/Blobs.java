package vn.dxawards.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.hibernate.Session;
import org.postgresql.util.ByteStreamWriter;

import vn.dxawards.platform.documents.Hashes;

import jakarta.persistence.EntityManager;

/**
 * Files kept in the database, written from where they lie on disk: the driver streams the bytes
 * to the database, so an upload is never a {@code byte[]} on the heap on its way in (a mapped
 * {@code byte[]} attribute would be held twice more: once for the entity, once for its snapshot).
 */
public final class Blobs {

    /**
     * The fingerprint a file's row is first written with, replaced in the same transaction by
     * what {@link #insert} answers (the row must exist before its content, which refers to it).
     */
    public static final String FINGERPRINT_PENDING = "";

    /** The size of the pieces in which a file is written to PostgreSQL's connection. */
    public static final int PIECE = 64 * 1024;

    private Blobs() {
    }

    /**
     * Inserts {@code (idColumn, content)} into {@code table} in the current transaction, after what
     * the persistence context holds (the row it refers to) has been written, and answers the
     * SHA-256 of what was stored (hex). The table and column names are the caller's constants,
     * never input.
     *
     * <p>On PostgreSQL the database computes the fingerprint as it stores the bytes ({@code
     * returning sha256(content)}, its native digest): computed here, in Java, it cost the app ≈ a
     * fifth of its CPU at the deadline rush, the digest's loop running uncompiled or compiled
     * without the processor's SHA instructions while a busy node's just-in-time compiler had other
     * work. Elsewhere (the demo's embedded database) the file is read once more.
     *
     * <p>On PostgreSQL the file goes to the driver in {@link #PIECE} pieces. Given a stream, the
     * driver reads and sends it 8 KiB at a time (its send buffer), a system call each way: 128 of
     * each for a 1 MiB PDF, ≈ 5 % of the app's CPU at the deadline rush, most of it the loopback's
     * TCP work (docs/performance.md, session 16).
     */
    public static String insert(EntityManager entityManager, String table, String idColumn, long id, Path file,
            long size) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            String sql = "insert into " + table + " (" + idColumn + ", content) values (?, ?)"
                    + (postgres ? " returning encode(sha256(content), 'hex')" : "");
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    InputStream in = Files.newInputStream(file)) {
                statement.setLong(1, id);
                if (!postgres) {
                    statement.setBinaryStream(2, in, size);
                    statement.executeUpdate();
                    return Hashes.sha256(file);
                }
                statement.setObject(2, new FileContent(in, size));
                try (ResultSet stored = statement.executeQuery()) {
                    stored.next();
                    return stored.getString(1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A file's bytes for PostgreSQL's driver, written to its connection in large pieces (a write
     * at least as large as the driver's buffer goes to the socket directly). A file shorter than
     * its size fails the statement rather than being padded.
     */
    private record FileContent(InputStream in, long size) implements ByteStreamWriter {

        @Override
        public int getLength() {
            return Math.toIntExact(size);
        }

        @Override
        public void writeTo(ByteStreamTarget target) throws IOException {
            OutputStream out = target.getOutputStream();
            byte[] piece = new byte[(int) Math.min(PIECE, size)];
            long left = size;
            while (left > 0) {
                int read = in.readNBytes(piece, 0, (int) Math.min(piece.length, left));
                if (read == 0) {
                    throw new IOException("the file ended " + left + " bytes before its size");
                }
                out.write(piece, 0, read);
                left -= read;
            }
        }
    }
}
