package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.dxawards.support.PackagedApp;

/**
 * The packaged app killed with {@code kill -9} in the middle of a burst of writes, several rounds,
 * and started again each time: every write the app acknowledged is there exactly once, nothing is
 * half-done, and after the last restart nothing is left stuck — no engine incident, no failed or
 * forgotten job, no e-mail left in the outbox, no assignment waiting for its scoring process.
 *
 * <p>The burst, on the JSON API with real Keycloak tokens: five nominating bodies create and submit
 * dossiers (the dossier process starts, receipts go to the outbox), the secretariat accepts them
 * at intake (an engine task completes), jurors save and submit scorecards in a campaign in appraisal
 * (scoring processes move on); in the first round an automatic assignment of another campaign, whose
 * scoring processes start one a chunk in the background, is acknowledged just before the kill.
 * The moment of each kill is a count of acknowledged writes, never a fixed pause; every wait polls
 * with a generous deadline, so a busy machine only makes it slower. Figures: CRASH lines.
 */
class CrashIT {

    private static final String DATABASE = PackagedApp.databaseNamed("crash");
    private static final int ROUNDS = 4;
    private static final String STATE = "state-agencies";
    /** Nominating bodies with the locality of their units. */
    private static final Map<String, String> NOMINATORS = new TreeMap<>(Journey.NOMINATORS);
    private static final Duration SETTLE = Duration.ofMinutes(6);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            .dynamicPort());
    private static final List<PackagedApp> APPS = new ArrayList<>();

    /** The writes the app acknowledged (2xx with the expected body), in the order they came back. */
    private final List<Write> acknowledged = new CopyOnWriteArrayList<>();
    /** Writes sent but not answered: the kill came first. They may or may not have happened — once at most. */
    private final List<Write> unanswered = new CopyOnWriteArrayList<>();
    /** Answers that are neither an acknowledgement nor a lost connection (a 4xx or 5xx): there must be none. */
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Writes the app shed (503 overloaded, nothing saved) and the writer sent again. */
    private final AtomicInteger shed = new AtomicInteger();
    private final LinkedBlockingQueue<Long> toAccept = new LinkedBlockingQueue<>();
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    enum Kind { CREATE, SUBMIT, ACCEPT, SAVE_SCORECARD, SUBMIT_SCORECARD, AUTO_ASSIGN }

    /** One write: what, on which dossier (or campaign), by whom; {@code mark} is the nominee name of a creation. */
    record Write(int round, Kind kind, long dossier, String by, String mark) {
    }

    @AfterAll
    static void stop() throws SQLException {
        APPS.forEach(PackagedApp::close);
        PackagedApp.dropDatabase(DATABASE);
        SMTP.stop();
    }

    private static PackagedApp start(String name) {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("DX_SMTP_HOST", "127.0.0.1");
        settings.put("DX_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()));
        settings.put("DX_SMTP_START_TLS", "DISABLED");
        settings.put("DX_MAIL_POLL_INTERVAL", "1s");
        // a killed node's job locks expire after 10 s, so that the restarted node takes its jobs over soon
        settings.put("DX_ENGINE_JOB_EXECUTOR_LOCK_TIME_MILLIS", "10000");
        // one scoring process per chunk: an automatic assignment is still starting them in the background
        settings.put("DX_ASSIGNMENT_CHUNK_SIZE", "1");
        settings.put("DX_ASSIGNMENT_RESUME_EVERY", "5s");
        settings.put("DX_ASSIGNMENT_RESUME_DELAY", "5s");
        PackagedApp app = PackagedApp.start(name, DATABASE, settings);
        APPS.add(app);
        Duration ready = app.awaitReady(Duration.ofMinutes(5));
        System.out.printf("CRASH %s ready after %.1f s%n", name, ready.toMillis() / 1000.0);
        return app;
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillNineExactlyOnceAndNothingIsLeftStuck() throws Exception {
        PackagedApp.recreateDatabase(DATABASE);
        PackagedApp app = start("crash-0");
        for (String user : List.of("admin", "secretary1", "secretary2", "nominator.hanoi", "nominator.danang", "nominator.hcm",
                "nominator.haiphong", "nominator.vinasa", "chair", "juror1", "juror2", "juror3", "juror4", "juror5",
                "juror6", "juror7", "juror8")) {
            PackagedApp.token(user);
        }

        // The campaigns: one open for nomination (the burst's dossiers), one in appraisal with jurors
        // assigned (the burst's scorecards), one in appraisal without jurors (assigned in round 1).
        Journey setup = new Journey(i -> APPS.get(APPS.size() - 1));
        String nomination = campaign(setup, "crash-nomination", Journey.today().minusDays(1), Journey.today().plusDays(20),
                Journey.today().plusDays(21), Journey.today().plusDays(50));
        String appraisal = campaign(setup, "crash-appraisal", Journey.today().minusDays(1), Journey.today(),
                Journey.today(), Journey.today().plusDays(30));
        String chunked = campaign(setup, "crash-chunks", Journey.today().minusDays(1), Journey.today(),
                Journey.today(), Journey.today().plusDays(30));
        for (String campaign : List.of(appraisal, chunked)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < (campaign.equals(appraisal) ? 5 : 2); i++) {
                for (String nominator : NOMINATORS.keySet()) {
                    ids.add(setupDossier(app, campaign, nominator));
                }
            }
            setup.accept(ids);
            setup.advance(campaign, "APPRAISAL");
        }
        Map<Long, List<String>> jurors = setup.assign(app, appraisal);
        awaitTrue("the appraisal campaign's scoring processes started", () -> waitingAssignments() == 0);
        Map<String, List<Long>> toScore = new TreeMap<>();
        jurors.forEach((dossier, members) -> members.forEach(
                juror -> toScore.computeIfAbsent(juror, k -> new ArrayList<>()).add(dossier)));

        Map<String, Integer> killedWith = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            PackagedApp current = round == 1 ? app : start("crash-" + round);
            int target = 20 + 15 * round;
            int before = acknowledged.size();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = writers(current, round, nomination, toScore, stop);
            writers.forEach(Thread::start);
            awaitTrue("round " + round + ": " + target + " writes acknowledged",
                    () -> acknowledged.size() - before >= target || writers.stream().noneMatch(Thread::isAlive));
            if (round == 1) {
                // an automatic assignment acknowledged: its first chunk started in the request, the rest
                // start in the background — and the kill comes right after the answer
                HttpResponse<String> auto = send(current, "secretary1", "POST",
                        "/api/campaigns/" + chunked + "/assignments/auto", null);
                assertThat(auto.statusCode()).as(auto.body()).isEqualTo(200);
                acknowledged.add(new Write(round, Kind.AUTO_ASSIGN, 0, "secretary1", chunked));
                killedWith.put("assignments waiting for their scoring process at the kill", waitingAssignments());
            }
            int inFlight = inFlight(writers);
            current.kill();
            stop.set(true);
            for (Thread writer : writers) {
                writer.join(TimeUnit.MINUTES.toMillis(2));
                assertThat(writer.isAlive()).as("%s ended after the kill", writer.getName()).isFalse();
            }
            System.out.printf("CRASH round %d: kill -9 after %d writes acknowledged in the round (%d writers running)%n",
                    round, acknowledged.size() - before, inFlight);
            assertThat(unexpected).as("answers other than an acknowledgement").isEmpty();
        }

        // The last restart: the app finishes what the kills left, then everything is checked.
        PackagedApp last = start("crash-final");
        long settleStart = System.nanoTime();
        try (Connection db = PackagedApp.connect(DATABASE)) {
            awaitTrue("no assignment waiting for its scoring process", () -> waitingAssignments() == 0);
            awaitTrue("no engine job due and not done", () -> count(db, """
                    select count(*) from act_ru_job
                    where retries_ > 0 and (duedate_ is null or duedate_ <= now())""") == 0);
            awaitTrue("the outbox empty (nothing pending)", () -> count(db,
                    "select count(*) from outbox where status = 'PENDING'") == 0);
            Duration settled = Duration.ofNanos(System.nanoTime() - settleStart);

            verify(db, jurors, chunked);
            Map<Kind, Integer> perKind = new TreeMap<>();
            acknowledged.forEach(w -> perKind.merge(w.kind(), 1, Integer::sum));
            System.out.printf("CRASH rounds %d, acknowledged %d %s, unanswered (at the kills) %d, lost 0, duplicated 0;"
                    + " settled %.1f s after the last start; %s; 503 overloaded answered and sent again: %d%n", ROUNDS,
                    acknowledged.size(), perKind, unanswered.size(), settled.toMillis() / 1000.0, killedWith, shed.get());
            assertThat(killedWith.get("assignments waiting for their scoring process at the kill"))
                    .as("the kill came while scoring processes were still being started").isPositive();
        }
        // and the app still works: a new dossier goes through
        long after = setupDossier(last, nomination, "nominator.hanoi");
        assertThat(after).isPositive();
    }

    /** Every acknowledged write present exactly once; unanswered ones at most once; nothing stuck. */
    private void verify(Connection db, Map<Long, List<String>> jurors, String chunked) throws SQLException {
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        // per round: acknowledged, lost, duplicated, unanswered, unanswered that took effect
        int[][] table = new int[ROUNDS + 1][5];
        for (Write write : acknowledged) {
            int present = present(db, write);
            table[write.round()][0]++;
            if (present == 0) {
                lost.add(write.toString());
                table[write.round()][1]++;
            } else if (present > 1) {
                duplicated.add(write + " ×" + present);
                table[write.round()][2]++;
            }
        }
        for (Write write : unanswered) {
            int present = present(db, write);
            table[write.round()][3]++;
            table[write.round()][4] += present > 0 ? 1 : 0;
            if (present > 1) {
                duplicated.add(write + " (unanswered) ×" + present);
                table[write.round()][2]++;
            }
        }
        System.out.println("CRASH | round | acknowledged | lost | duplicated | unanswered at the kill (took effect) |");
        for (int round = 1; round <= ROUNDS; round++) {
            System.out.printf("CRASH | %d | %d | %d | %d | %d (%d) |%n", round, table[round][0], table[round][1],
                    table[round][2], table[round][3], table[round][4]);
        }
        assertThat(lost).as("acknowledged writes lost").isEmpty();
        assertThat(duplicated).as("writes present more than once").isEmpty();

        // nothing half-done: each state change has its one audit line and its one process
        assertThat(column(db, """
                select dossier_id || ' ' || action || ' ' || actor || ' ' || count(*) from audit_log
                where action in ('DOSSIER_CREATED', 'DOSSIER_SUBMITTED', 'INTAKE_ACCEPT', 'SCORECARD_SUBMITTED')
                group by dossier_id, action, actor having count(*) > 1""")).as("audit lines twice").isEmpty();
        assertThat(column(db, """
                select d.id || ' ' || d.status from dossier d where d.status <> 'DRAFT' and (select count(*)
                from act_hi_procinst p join act_re_procdef k on k.id_ = p.proc_def_id_
                where k.key_ = 'dossier' and p.business_key_ = d.id::text) <> 1"""))
                .as("dossiers without exactly one process").isEmpty();
        assertThat(column(db, """
                select a.id || ' ' || a.status from assignment a where a.status <> 'CANCELLED' and (select count(*)
                from act_hi_procinst p join act_re_procdef k on k.id_ = p.proc_def_id_
                where k.key_ = 'scoring' and p.business_key_ = a.id::text) <> 1"""))
                .as("assignments without exactly one scoring process").isEmpty();
        assertThat(column(db, """
                select s.id || ' ' || s.juror from scorecard s where s.status = 'SUBMITTED' and exists (
                select 1 from act_ru_task t join assignment a on a.process_instance_id = t.proc_inst_id_
                where a.id = s.assignment_id)""")).as("submitted scorecards whose scoring task is still open")
                .isEmpty();
        assertThat(count(db, "select count(*) from assignment a join dossier d on d.id = a.dossier_id"
                + " join campaign c on c.id = d.campaign_id where c.code = '" + chunked + "' and a.status = 'ACTIVE'"))
                .as("the chunked assignment complete").isEqualTo(30);

        // nothing stuck
        assertThat(column(db, "select incident_type_ || ' ' || coalesce(incident_msg_, '') from act_ru_incident"))
                .as("engine incidents").isEmpty();
        assertThat(column(db, "select id_ || ' ' || coalesce(exception_msg_, '') from act_ru_job where retries_ <= 0"))
                .as("failed engine jobs").isEmpty();
        assertThat(column(db, "select id || ' ' || kind || ' ' || coalesce(last_error, '') from outbox"
                + " where status not in ('SENT', 'EXPANDED')")).as("e-mails not sent").isEmpty();
        assertThat(count(db, "select count(*) from assignment where status = 'ACTIVE' and process_instance_id is null"))
                .as("assignments waiting").isZero();
    }

    /** How many times the write is in the database. */
    private static int present(Connection db, Write write) throws SQLException {
        return switch (write.kind()) {
            case CREATE -> count(db, "select count(*) from dossier where nominee_name = ?", write.mark());
            case SUBMIT -> count(db, "select count(*) from dossier where status <> 'DRAFT' and id = " + write.dossier()) == 0
                    ? 0
                    : count(db, "select count(*) from audit_log where action = 'DOSSIER_SUBMITTED' and dossier_id = "
                            + write.dossier());
            case ACCEPT -> count(db, "select count(*) from intake_decision where decision = 'ACCEPT' and dossier_id = "
                    + write.dossier());
            case SAVE_SCORECARD -> count(db, "select count(*) from scorecard where juror = ? and dossier_id = "
                    + write.dossier(), write.by());
            case SUBMIT_SCORECARD -> count(db, "select count(*) from scorecard where status = 'SUBMITTED' and juror = ?"
                    + " and dossier_id = " + write.dossier(), write.by()) == 1
                    ? count(db, "select count(*) from audit_log where action = 'SCORECARD_SUBMITTED' and actor = ?"
                            + " and dossier_id = " + write.dossier(), write.by())
                    : 0;
            case AUTO_ASSIGN -> count(db, "select count(*) from audit_log where action = 'AUTO_ASSIGNMENT'"
                    + " and campaign_code = ?", write.mark());
        };
    }

    // --- the burst --------------------------------------------------------------------------------

    private List<Thread> writers(PackagedApp app, int round, String nomination, Map<String, List<Long>> toScore,
            AtomicBoolean stop) {
        List<Thread> threads = new ArrayList<>();
        for (Map.Entry<String, String> body : NOMINATORS.entrySet()) {
            threads.add(writer("nominate-" + body.getKey(), stop, () -> {
                int n = sequence.incrementAndGet();
                String mark = "Đơn vị thử sập " + run + " số " + n;
                Write create = new Write(round, Kind.CREATE, 0, body.getKey(), mark);
                HttpResponse<String> created = attempt(create, () -> send(app, body.getKey(), "POST",
                        "/api/campaigns/" + nomination + "/dossiers", JSON.writeValueAsString(
                                vn.dxawards.support.Fixtures.unitDossier(STATE, mark, body.getValue(), taxCode(n)))));
                if (!acknowledged(create, created, 201)) {
                    return false;
                }
                long id = JSON.readTree(created.body()).get("id").asLong();
                Write submit = new Write(round, Kind.SUBMIT, id, body.getKey(), mark);
                if (!acknowledged(submit, attempt(submit, () -> send(app, body.getKey(), "POST",
                        "/api/dossiers/" + id + "/submit", null)), 200)) {
                    return false;
                }
                toAccept.add(id);
                return true;
            }));
        }
        for (String secretary : List.of("secretary1", "secretary2")) {
            threads.add(writer("intake-" + secretary, stop, () -> {
                Long id = toAccept.poll(200, TimeUnit.MILLISECONDS);
                if (id == null) {
                    return true;
                }
                Write accept = new Write(round, Kind.ACCEPT, id, secretary, null);
                return acknowledged(accept, attempt(accept, () -> send(app, secretary, "POST", "/api/dossiers/" + id
                        + "/intake", "{\"decision\":\"ACCEPT\"}")), 200);
            }));
        }
        for (Map.Entry<String, List<Long>> juror : toScore.entrySet()) {
            threads.add(writer("score-" + juror.getKey(), stop, () -> {
                List<Long> left = juror.getValue();
                if (left.isEmpty()) {
                    return false;
                }
                long dossier = left.remove(0); // never sent again, whatever the answer
                Write save = new Write(round, Kind.SAVE_SCORECARD, dossier, juror.getKey(), null);
                if (!acknowledged(save, attempt(save, () -> send(app, juror.getKey(), "PUT", "/api/dossiers/" + dossier
                        + "/scorecards/mine", JSON.writeValueAsString(scorecard()))), 200)) {
                    return false;
                }
                Write submit = new Write(round, Kind.SUBMIT_SCORECARD, dossier, juror.getKey(), null);
                return acknowledged(submit, attempt(submit, () -> send(app, juror.getKey(), "POST", "/api/dossiers/"
                        + dossier + "/scorecards/mine/submit", null)), 200);
            }));
        }
        return threads;
    }

    interface Step {
        /** One step of a writer; false ends the writer (the app is gone, or nothing is left to do). */
        boolean run() throws Exception;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private Thread writer(String name, AtomicBoolean stop, Step step) {
        Thread thread = new Thread(() -> {
            try {
                while (!stop.get() && step.run()) {
                    // next write
                }
            } catch (Exception e) {
                unexpected.add(name + ": " + e);
            }
        }, "crash-" + name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Sends; a lost connection (the kill) answers null and records the write as unanswered. The app's
     * load shedding (503 {@code overloaded}: every database connection busy, nothing saved) is
     * answered as a client should: the same write again after the Retry-After it names.
     */
    private HttpResponse<String> attempt(Write write, Call call) throws Exception {
        try {
            while (true) {
                HttpResponse<String> response = call.send();
                if (response.statusCode() != 503 || !response.body().contains("\"overloaded\"")) {
                    return response;
                }
                shed.incrementAndGet();
                PackagedApp.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            }
        } catch (IOException e) {
            unanswered.add(write);
            return null;
        }
    }

    private boolean acknowledged(Write write, HttpResponse<String> response, int status) {
        if (response == null) {
            return false;
        }
        if (response.statusCode() != status) {
            unexpected.add(write + " → " + response.statusCode() + " " + response.body());
            return false;
        }
        acknowledged.add(write);
        return true;
    }

    private static int inFlight(List<Thread> writers) {
        return (int) writers.stream().filter(Thread::isAlive).count();
    }

    private static HttpResponse<String> send(PackagedApp app, String user, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url() + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + PackagedApp.token(user))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- set-up -------------------------------------------------------------------------------------

    private static String campaign(Journey journey, String prefix, java.time.LocalDate nominationStart,
            java.time.LocalDate nominationEnd, java.time.LocalDate appraisalStart, java.time.LocalDate appraisalEnd)
            throws IOException, InterruptedException {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> definition = Map.of(
                "code", code,
                "name", Map.of("vi", "Đợt thử sập " + code, "en", "Crash campaign " + code),
                "awardCount", 100,
                "windows", Map.of(
                        "nomination", Map.of("start", nominationStart.toString(), "end", nominationEnd.toString()),
                        "appraisal", Map.of("start", appraisalStart.toString(), "end", appraisalEnd.toString())),
                "categories", List.of(Map.of("code", STATE, "name", Map.of("vi", "Đơn vị - Cơ quan nhà nước", "en",
                        "State agencies"), "kind", "UNIT")));
        HttpResponse<String> created = send(journey.next(), "admin", "POST", "/api/campaigns",
                JSON.writeValueAsString(definition));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private long setupDossier(PackagedApp app, String campaign, String nominator) throws IOException, InterruptedException {
        int n = sequence.incrementAndGet();
        HttpResponse<String> created = send(app, nominator, "POST", "/api/campaigns/" + campaign + "/dossiers",
                JSON.writeValueAsString(vn.dxawards.support.Fixtures.unitDossier(STATE, "Đơn vị chuẩn bị " + run + " số " + n,
                        NOMINATORS.get(nominator), taxCode(n))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> submitted = send(app, nominator, "POST", "/api/dossiers/" + id + "/submit", null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private String taxCode(int n) {
        return String.format("08%02d%06d", Math.abs(run.hashCode()) % 100, n);
    }

    private static Map<String, Object> scorecard() {
        Map<String, Object> card = new HashMap<>();
        card.put("scores", Map.of("C1", 7, "C2", 8, "C3", 6, "C4", 7));
        card.put("comment", "Hồ sơ rõ ràng, số liệu đầy đủ.");
        card.put("recommendation", "AWARD");
        card.put("proposals", List.of("TRAINING"));
        return card;
    }

    // --- database and waiting -------------------------------------------------------------------------

    private static int waitingAssignments() {
        try (Connection db = PackagedApp.connect(DATABASE)) {
            return count(db, "select count(*) from assignment where status = 'ACTIVE' and process_instance_id is null");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds; fails after {@link #SETTLE} naming what was awaited. */
    private static void awaitTrue(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + SETTLE + ": " + what);
            }
            PackagedApp.sleep(100);
        }
    }

    private static int count(Connection db, String select, String... parameters) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(select)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<String> column(Connection db, String select) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(select)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return Collections.unmodifiableList(values);
    }
}
