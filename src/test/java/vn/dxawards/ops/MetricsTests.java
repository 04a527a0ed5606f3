package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Management;

/** Prometheus metrics (on the management interface) carry the programme's figures. */
@QuarkusTest
class MetricsTests {

    @Test
    void theBusinessFiguresAreExported() throws InterruptedException {
        String campaign = Fixtures.newCampaign("metrics");
        Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Sở Y tế Hà Nội", "01", "0100100999"));

        // the figures are read at most every 15 s: an earlier scrape (another test's) may still be served
        String metrics = scrape();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((value(metrics, "dx_dossiers{status=\"SUBMITTED\"}") < 1
                || value(metrics, "dx_tasks_open{type=\"Task_Intake\"}") < 1) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            metrics = scrape();
        }

        // figures from the database, not constants: the submission above shows
        assertThat(value(metrics, "dx_dossiers{status=\"SUBMITTED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "dx_tasks_open{type=\"Task_Intake\"}")).isGreaterThanOrEqualTo(1);

        assertThat(metrics).contains("dx_dossiers{status=\"SUBMITTED\"}", "dx_dossiers{status=\"AWARDED\"}",
                "dx_tasks_open{type=\"Task_Intake\"}", "dx_tasks_overdue{type=\"Task_Score\"}",
                "dx_scorecards_submitted", "dx_engine_jobs_due", "dx_engine_incidents",
                "dx_outbox_messages{status=\"PENDING\"}", "dx_outbox_messages{status=\"FAILED\"}");
    }

    private static String scrape() {
        return Management.request().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(series.length() + 1).trim())).findFirst().orElseThrow();
    }
}
