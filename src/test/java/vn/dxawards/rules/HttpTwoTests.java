package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Tokens;

/**
 * Requests over HTTP/2 (cleartext, after the client's upgrade; or behind a proxy that speaks it)
 * are answered like any other: a JSON body and an upload. The HTTP layer reads HTTP/1 bodies itself
 * before the request goes on; doing so for an HTTP/2 stream made RESTEasy Reactive fail when it
 * took the request over (Vert.x refuses to pause an HTTP/2 request already read).
 */
@QuarkusTest
class HttpTwoTests {

    private final HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    @Test
    void aDossierIsCreatedAndAFileAttachedOverHttpTwo() throws Exception {
        String campaign = Fixtures.newCampaign("http-two");
        // the first request upgrades the connection; the next ones are HTTP/2 streams
        HttpResponse<String> first = http2.send(request("/api/campaigns/" + campaign + "/dossiers", "application/json",
                json("Sở Xây dựng Hà Nội")), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> created = http2.send(request("/api/campaigns/" + campaign + "/dossiers",
                "application/json", json("Sở Công Thương Hà Nội")), HttpResponse.BodyHandlers.ofString());
        assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long dossier = new ObjectMapper().readTree(created.body()).path("id").asLong();

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cong-van.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(Uploads.nominationLetter());
        body.write("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> attached = http2.send(request("/api/dossiers/" + dossier + "/attachments",
                "multipart/form-data; boundary=b", body.toByteArray()), HttpResponse.BodyHandlers.ofString());
        assertThat(attached.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    }

    private static byte[] json(String name) throws Exception {
        return new ObjectMapper().writeValueAsBytes(Fixtures.unitDossier(Fixtures.STATE, name, "01", "0100400100"));
    }

    private static HttpRequest request(String path, String type, byte[] body) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + Tokens.of("nominator.hanoi")).header("Content-Type", type)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
