package vn.dxawards.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

import org.hibernate.Session;

import jakarta.persistence.EntityManager;

/**
 * Files kept in the database, written from where they lie on disk: the driver streams the bytes
 * to the database, so an upload is never a {@code byte[]} on the heap on its way in (a mapped
 * {@code byte[]} attribute would be held twice more: once for the entity, once for its snapshot).
 */
public final class Blobs {

    private Blobs() {
    }

    /**
     * Inserts {@code (idColumn, content)} into {@code table} in the current transaction, after what
     * the persistence context holds (the row it refers to) has been written. The table and column
     * names are the caller's constants, never input.
     */
    public static void insert(EntityManager entityManager, String table, String idColumn, long id, Path file,
            long size) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        String sql = "insert into " + table + " (" + idColumn + ", content) values (?, ?)";
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    InputStream in = Files.newInputStream(file)) {
                statement.setLong(1, id);
                statement.setBinaryStream(2, in, size);
                statement.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
