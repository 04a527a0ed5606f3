package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.HeldRequest;

/**
 * Clients that send their request's body slowly hold no worker thread while it arrives: with more
 * signed-in requests held mid-body than the node has worker threads (16), another person's request
 * is still answered at once. (Before, each held request sat on a worker thread reading its body,
 * and sixty of them left every other request unanswered.)
 */
@QuarkusTest
class SlowBodiesTests {

    @Test
    void requestsWhoseBodyIsStillArrivingDoNotStallOthers() throws Exception {
        othersAreAnsweredWhileSixtyArrive(() -> HeldRequest.post("/api/campaigns/NO-SUCH/dossiers", "nominator.hanoi",
                "application/json", 1000, "{\"nominee\":"));
    }

    /** The same with bodies sent in chunks, no length announced. */
    @Test
    void requestsWhoseChunkedBodyIsStillArrivingDoNotStallOthers() throws Exception {
        othersAreAnsweredWhileSixtyArrive(() -> HeldRequest.postChunked("/api/campaigns/NO-SUCH/dossiers",
                "nominator.hanoi", "application/json", "{\"nominee\":"));
    }

    /** The same with a body above 64 KiB announced (a long dossier's JSON), not an upload. */
    @Test
    void largeBodiesStillArrivingDoNotStallOthers() throws Exception {
        othersAreAnsweredWhileSixtyArrive(() -> HeldRequest.post("/api/campaigns/NO-SUCH/dossiers", "nominator.hanoi",
                "application/json", 200_000, "{\"nominee\":"));
    }

    /** The same with uploads: a file whose bytes are still arriving holds no worker thread either. */
    @Test
    void uploadsWhoseFileIsStillArrivingDoNotStallOthers() throws Exception {
        String boundary = "----dxslowupload";
        othersAreAnsweredWhileSixtyArrive(() -> HeldRequest.post("/api/dossiers/999999/attachments", "nominator.hanoi",
                "multipart/form-data; boundary=" + boundary, 200_000, "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cham.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"));
    }

    private static void othersAreAnsweredWhileSixtyArrive(Supplier<HeldRequest> slow) throws Exception {
        List<HeldRequest> held = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                held.add(slow.get());
            }
            Thread.sleep(1000);
            long started = System.nanoTime();
            Api.as("secretary1").get("/api/campaigns").then().statusCode(200);
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to answer with 60 bodies arriving")
                    .isLessThan(10_000);
        } finally {
            for (HeldRequest request : held) {
                request.close();
            }
        }
    }
}
