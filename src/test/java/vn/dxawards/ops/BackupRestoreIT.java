package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import vn.dxawards.support.PackagedApp;

/**
 * Backup → drop → restore with scripts/backup.sh on the packaged app's one database: the campaign,
 * its dossiers, their attachments (byte for byte) and the running process instances come back, and
 * the journey goes on from where it stood.
 */
class BackupRestoreIT {

    private static final String DATABASE = PackagedApp.databaseNamed("backup");
    private static final List<PackagedApp> APPS = new ArrayList<>();

    @AfterAll
    static void stopApps() throws SQLException {
        APPS.forEach(PackagedApp::close);
        PackagedApp.dropDatabase(DATABASE);
    }

    @Test
    void aRestoredDatabaseBringsEverythingBackAndTheJourneyGoesOn() throws Exception {
        PackagedApp.recreateDatabase(DATABASE);
        PackagedApp before = started("backup-before");
        Journey journey = new Journey(i -> before);

        // A campaign in appraisal: dossiers with letters, jurors assigned, one scorecard submitted.
        String campaign = journey.campaign("backup", Journey.today().minusDays(1), Journey.today().plusDays(20),
                Journey.today().plusDays(21), Journey.today().plusDays(50), Map.of());
        Map<Long, byte[]> letters = new TreeMap<>();
        List<Long> dossiers = journey.nominate(campaign, List.of("health"), letters);
        journey.accept(dossiers);
        journey.advance(campaign, "APPRAISAL");
        Map<Long, List<String>> jurors = journey.assign(before, campaign);
        long first = dossiers.get(0);
        journey.score(jurors.get(first).get(0), first, 8);

        String campaignBefore = before.as("secretary1").get("/api/campaigns/" + campaign).then().statusCode(200)
                .extract().asString();
        Map<Long, String> statusesBefore = statuses(before, campaign);
        Map<Long, String> hashesBefore = attachmentHashes(before, letters.keySet());
        TreeSet<String> instancesBefore = processInstances();
        assertThat(instancesBefore).as("campaign, dossier and scoring instances").hasSizeGreaterThan(10);
        String pendingJuror = jurors.get(first).get(1);

        // Backup while the app runs (pg_dump reads one snapshot), then lose the database.
        Path dump = Path.of("target", "packaged-apps", DATABASE + ".dump");
        Files.deleteIfExists(dump);
        String backupOut = script("backup", dump);
        assertThat(backupOut).contains("Backed up");
        before.stop();
        PackagedApp.dropDatabase(DATABASE);
        PackagedApp.recreateDatabase(DATABASE);

        String restoreOut = script("restore", dump);
        assertThat(restoreOut).contains("Restored").contains("campaigns 1").contains("dossiers " + letters.size());

        PackagedApp after = started("backup-after");
        assertThat(after.as("secretary1").get("/api/campaigns/" + campaign).then().statusCode(200).extract()
                .asString()).isEqualTo(campaignBefore);
        assertThat(statuses(after, campaign)).isEqualTo(statusesBefore);
        assertThat(attachmentHashes(after, letters.keySet())).isEqualTo(hashesBefore);
        for (Map.Entry<Long, byte[]> letter : letters.entrySet()) {
            assertThat(hashesBefore.get(letter.getKey())).isEqualTo(sha256(letter.getValue()));
        }
        assertThat(processInstances()).isEqualTo(instancesBefore);

        // The journey goes on: the other jurors score, the scoring instances end, the campaign moves.
        jurors.forEach((dossier, members) -> members.forEach(juror -> {
            if (!(dossier == first && juror.equals(jurors.get(first).get(0)))) {
                new Journey(i -> after).score(juror, dossier, 7);
            }
        }));
        assertThat(pendingJuror).isNotNull();
        new Journey(i -> after).advance(campaign, "DELIBERATION");
        after.as("secretary1").get("/api/dossiers/" + first).then().statusCode(200)
                .body("status", equalTo("IN_DELIBERATION"));
        System.out.printf("BENCH backup-restore dossiers=%d instances=%d dump=%d bytes%n", letters.size(),
                instancesBefore.size(), Files.size(dump));
    }

    private static PackagedApp started(String name) {
        PackagedApp app = PackagedApp.start(name, DATABASE, Map.of());
        APPS.add(app);
        app.awaitReady(Duration.ofMinutes(3));
        return app;
    }

    private static Map<Long, String> statuses(PackagedApp app, String campaign) {
        JsonPath list = app.as("secretary1").get("/api/dossiers?campaign=" + campaign).then().statusCode(200)
                .extract().jsonPath();
        Map<Long, String> statuses = new TreeMap<>();
        List<Long> ids = list.getList("id", Long.class);
        List<String> values = list.getList("status", String.class);
        for (int i = 0; i < ids.size(); i++) {
            statuses.put(ids.get(i), values.get(i));
        }
        return statuses;
    }

    /** SHA-256 of each dossier's attachment as downloaded, beside the hash the API lists. */
    private static Map<Long, String> attachmentHashes(PackagedApp app, Iterable<Long> dossiers) {
        Map<Long, String> hashes = new TreeMap<>();
        for (long dossier : dossiers) {
            JsonPath view = app.as("secretary1").get("/api/dossiers/" + dossier).then().statusCode(200).extract()
                    .jsonPath();
            long attachment = view.getLong("attachments[0].id");
            byte[] content = app.as("secretary1").accept("application/pdf")
                    .get("/api/dossiers/" + dossier + "/attachments/" + attachment).then().statusCode(200).extract()
                    .asByteArray();
            assertThat(sha256(content)).isEqualTo(view.getString("attachments[0].sha256"));
            hashes.put(dossier, sha256(content));
        }
        return hashes;
    }

    /** The engine's running process instances, with where each one stands. */
    private static TreeSet<String> processInstances() throws SQLException {
        TreeSet<String> instances = new TreeSet<>();
        try (Connection db = PackagedApp.connect(DATABASE); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("""
                        select e.proc_inst_id_, d.key_, coalesce(string_agg(t.task_def_key_, ',' order by t.task_def_key_), '')
                        from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                        left join act_ru_task t on t.proc_inst_id_ = e.proc_inst_id_
                        where e.id_ = e.proc_inst_id_ group by e.proc_inst_id_, d.key_""")) {
            while (rows.next()) {
                instances.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return instances;
    }

    private static String script(String command, Path dump) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("scripts/backup.sh", command, dump.toString())
                .redirectErrorStream(true);
        builder.environment().put("DX_DB_URL", PackagedApp.DB_SERVER + DATABASE);
        builder.environment().put("DX_DB_USER", PackagedApp.DB_USER);
        builder.environment().put("DX_DB_PASSWORD", PackagedApp.DB_PASSWORD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("scripts/backup.sh %s:%n%s", command, out).isZero();
        System.out.print(out);
        return out;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
