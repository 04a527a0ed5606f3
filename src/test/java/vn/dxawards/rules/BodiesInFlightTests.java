package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import vn.dxawards.platform.web.HttpGuard;
import vn.dxawards.support.HeldRequest;
import vn.dxawards.support.Tokens;

/**
 * Large bodies are received only up to {@code dx.http.bodies-in-flight} (64 MiB) at once: with one
 * 40 MiB upload being received, a second waits for it up to {@code dx.http.bodies-wait} (5 s in the
 * tests), then is answered 503 with {@code Retry-After} and a message in the caller's language,
 * after its body was read; small requests pass the guard meanwhile, and once the first
 * is gone the next upload is received again.
 */
@QuarkusTest
class BodiesInFlightTests {

    private static final int FORTY_MIB = 40 * 1024 * 1024;

    @Inject
    HttpGuard guard;

    @Inject
    AgroalDataSource dataSource;

    /**
     * An upload counts only while it arrives: once its file is on disk it waits for its worker (here:
     * for a lock on the files' table) without taking the budget from the uploads behind it.
     */
    @Test
    void anUploadWhoseFileIsOnDiskNoLongerCountsWhileItWaits() throws Exception {
        String campaign = vn.dxawards.support.Fixtures.newCampaign("budget-wait");
        long dossier = Stages.draft(campaign, "nominator.hanoi", vn.dxawards.support.Fixtures.unitDossier(
                vn.dxawards.support.Fixtures.STATE, "Sở Tài chính Hà Nội", "01", "0100400100"));
        byte[] pdf = vn.dxawards.support.Pdfs.ofAbout(300 * 1024, "cho khoa");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table attachment_content in exclusive mode");
            }
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho-so.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] tail = "\r\n--b--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(head);
            body.write(pdf);
            body.write(tail);
            // announced length (browsers send one), so that it is counted in the budget while it arrives
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dossiers/" + dossier
                    + "/attachments")).header("Authorization", "Bearer " + Tokens.of("nominator.hanoi"))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            CompletableFuture<Integer> upload = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::statusCode);
            // the request reached the insert, so its file had been received: waiting, it counts nothing
            HeldRequest.waitUntil(30, () -> waitsForTheLock(holder));
            assertThat(upload).isNotDone();
            assertThat(guard.bodiesInFlight()).isZero();
            holder.rollback();
            assertThat(upload.get(30, TimeUnit.SECONDS)).isEqualTo(201);
        }
    }

    private static boolean waitsForTheLock(Connection holder) {
        try (Statement query = holder.createStatement();
                var rows = query.executeQuery("select count(*) from pg_locks where not granted"
                        + " and relation = 'attachment_content'::regclass")) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSecondLargeUploadWhileTheBudgetIsTakenIsAskedToComeBackAndNothingStays() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String token = Tokens.of("nominator.hanoi");
        String path = NO_SUCH_DOSSIER;
        HttpClient client = HttpClient.newHttpClient();
        try (HeldRequest first = fortyMibUnderWay()) {

            HttpResponse<String> second = client.send(upload(port, path, token, "vi"), HttpResponse.BodyHandlers.ofString());
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            assertThat(new JsonObject(second.body()).getString("message")).startsWith("Hệ thống đang bận");
            HttpResponse<String> english = client.send(upload(port, path, token, "en"), HttpResponse.BodyHandlers.ofString());
            assertThat(new JsonObject(english.body()).getString("message")).startsWith("The system is busy");
            assertThat(guard.bodiesInFlight()).isEqualTo(FORTY_MIB);

            // a page's form without script: a small page in the person's language, back to the form's page
            HttpResponse<String> page = client.send(pageUpload(port, "http://127.0.0.1:" + port + "/app/dossiers/7?tab=files"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("<html lang=\"vi\"").contains("Hệ thống đang bận")
                    .contains("href=\"/app/dossiers/7?tab=files\"");
            HttpResponse<String> elsewhere = client.send(pageUpload(port, "https://evil.example/phish"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(elsewhere.body()).contains("href=\"/app\"").doesNotContain("evil.example");

            HttpResponse<String> small = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/localities")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(small.statusCode()).isNotEqualTo(503);
        }
        HeldRequest.waitUntil(30, () -> guard.bodiesInFlight() == 0);
        HttpResponse<String> later = client.send(upload(port, path, token, "vi"), HttpResponse.BodyHandlers.ofString());
        assertThat(later.statusCode()).isNotEqualTo(503).isLessThan(500);
        HeldRequest.waitUntil(30, () -> guard.bodiesInFlight() == 0);
    }

    /**
     * A large upload that finds the budget full waits, unread, for the one before it (not answered
     * 503 at once), and one that would fit beside the first waits behind it: once the first is gone
     * both are received.
     */
    @Test
    void anUploadThatFindsNoRoomWaitsForTheBodiesBeforeItAndIsThenReceived() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String token = Tokens.of("nominator.hanoi");
        String path = NO_SUCH_DOSSIER;
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> second;
        CompletableFuture<HttpResponse<String>> third;
        try (HeldRequest first = fortyMibUnderWay()) {
            second = client.sendAsync(upload(port, path, token, "vi"), HttpResponse.BodyHandlers.ofString());
            HeldRequest.waitUntil(30, () -> guard.bodiesWaiting() == 1);
            // 20 MiB would fit beside the first, but the second came before it
            third = client.sendAsync(upload(port, path, token, "vi", FORTY_MIB / 2), HttpResponse.BodyHandlers.ofString());
            HeldRequest.waitUntil(30, () -> guard.bodiesWaiting() == 2);
            assertThat(guard.bodiesInFlight()).isEqualTo(FORTY_MIB);
            assertThat(second).isNotDone();
        }
        // the first is gone: both are read and answered by the app (no such dossier), neither 503
        assertThat(second.get(60, TimeUnit.SECONDS).statusCode()).isNotEqualTo(503).isLessThan(500);
        assertThat(third.get(60, TimeUnit.SECONDS).statusCode()).isNotEqualTo(503).isLessThan(500);
        HeldRequest.waitUntil(30, () -> guard.bodiesInFlight() == 0 && guard.bodiesWaiting() == 0);
    }

    /** Uploads to a dossier that does not exist: answered by the app (404) once its body is read. */
    private static final String NO_SUCH_DOSSIER = "/api/dossiers/999999999/attachments";

    /** A 40 MiB upload whose head has arrived and whose body is held back, counted in the budget. */
    private HeldRequest fortyMibUnderWay() {
        HeldRequest first = HeldRequest.post(NO_SUCH_DOSSIER, "nominator.hanoi", "multipart/form-data; boundary=b",
                FORTY_MIB, "--b\r\n");
        try {
            HeldRequest.waitUntil(30, () -> guard.bodiesInFlight() == FORTY_MIB);
            return first;
        } catch (RuntimeException | AssertionError e) {
            try {
                first.close();
            } catch (java.io.IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static HttpRequest upload(int port, String path, String token, String language) {
        return upload(port, path, token, language, FORTY_MIB);
    }

    private static HttpRequest upload(int port, String path, String token, String language, int bytes) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes])).build();
    }

    private static HttpRequest pageUpload(int port, String referer) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/app/dossiers/7/attachments"))
                .header("Accept", "text/html,application/xhtml+xml").header("Referer", referer)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FORTY_MIB])).build();
    }
}
