package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import vn.dxawards.platform.web.HttpGuard;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.HeldRequest;
import vn.dxawards.support.Tokens;

/**
 * Bodies sent in chunks, without a length: a form or JSON is read before the request goes on, up
 * to 1 MiB, and answered as usual (a slow one holds no worker thread:
 * {@code SlowBodiesTests}).
 */
@QuarkusTest
class UnannouncedBodiesTests {

    @Inject
    HttpGuard guard;

    @Test
    void jsonSentInChunksIsAnsweredAsUsualUpTo1MiB() throws Exception {
        String campaign = Fixtures.newCampaign("chunked");
        String json = new JsonObject(Fixtures.unitDossier(Fixtures.STATE, "Sở gửi từng phần", "N79", "0312345670")).encode();
        HttpResponse<String> created = send(chunked("/api/campaigns/" + campaign + "/dossiers", "nominator.hcm",
                "application/json", json.getBytes(StandardCharsets.UTF_8), "vi"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(new JsonObject(created.body()).getString("status")).isEqualTo("DRAFT");

        // longer than any dossier's JSON may be, but read whole and answered by the app's own rules
        byte[] long_ = ("{\"nominee\":\"" + "ễ".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> judged = send(chunked("/api/campaigns/" + campaign + "/dossiers", "nominator.hcm",
                "application/json", long_, "vi"));
        assertThat(judged.statusCode()).as(judged.body()).isBetween(400, 422).isNotEqualTo(413);

        byte[] tooLarge = ("{\"nominee\":\"" + "x".repeat(1100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = send(chunked("/api/campaigns/" + campaign + "/dossiers", "nominator.hcm",
                "application/json", tooLarge, "vi"));
        assertThat(refused.statusCode()).isEqualTo(413);
        // each was counted in the bodies' budget while it was answered, and no longer
        HeldRequest.waitUntil(30, () -> guard.bodiesInFlight() == 0);
    }

    private static HttpRequest chunked(String path, String username, String type, byte[] body, String language) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        // a body from a stream of unknown length: the client sends it in chunks
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + Tokens.of(username)).header("Accept-Language", language)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request,
                HttpResponse.BodyHandlers.ofString());
    }
}
