package vn.dxawards.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dxawards.support.PackagedApp;

/**
 * Two replicas of the packaged app on one PostgreSQL database and the real Keycloak, as the chart
 * runs them: they start together on an empty database, a signed-in user stays signed in whichever
 * replica answers, the dossier journey alternates between them, each timer fires once, and when one
 * replica is killed (kill -9) in the middle, the other finishes its jobs once their locks expire.
 * Figures are printed as REPLICAS lines (docs/operations.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final String DATABASE = PackagedApp.databaseNamed("replicas");
    /** The one address a load balancer gives both replicas (one the demo realm accepts as redirect). */
    private static final String FRONT = "localhost:8082";
    private static final long LOCK_MILLIS = 10_000;
    private static final String SESSION_SECRET = random();
    private static final String CSRF_KEY = random();
    private static final String CLIENT_SECRET = "dx-app-demo-secret";

    private static final List<PackagedApp> APPS = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> SIGNED_IN = new LinkedHashMap<>();

    private static PackagedApp a;
    private static PackagedApp b;

    static {
        // java.net.http sends a Host header of our choosing only when allowed before its first use
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    /** A real SMTP server that both replicas send through: each notification must arrive once. */
    private static final com.icegreen.greenmail.util.GreenMail SMTP = new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1",
                    com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @AfterAll
    static void stopReplicas() throws SQLException {
        APPS.forEach(PackagedApp::close);
        PackagedApp.dropDatabase(DATABASE);
        SMTP.stop();
    }

    private static PackagedApp start(String name) {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        PackagedApp app = PackagedApp.start(name, DATABASE, Map.of(
                "DX_SESSION_SECRET", SESSION_SECRET,
                "DX_CSRF_KEY", CSRF_KEY,
                "DX_OIDC_CLIENT_SECRET", CLIENT_SECRET,
                "DX_ENGINE_JOB_EXECUTOR_LOCK_TIME_MILLIS", String.valueOf(LOCK_MILLIS),
                "DX_SMTP_HOST", "127.0.0.1",
                "DX_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                "DX_SMTP_START_TLS", "DISABLED",
                "DX_MAIL_POLL_INTERVAL", "1s"));
        APPS.add(app);
        return app;
    }

    @Test
    @Order(1)
    void bothReplicasStartTogetherOnAnEmptyDatabase() throws SQLException {
        PackagedApp.recreateDatabase(DATABASE);
        a = start("replica-a");
        b = start("replica-b");
        Duration readyA = a.awaitReady(Duration.ofMinutes(4));
        Duration readyB = b.awaitReady(Duration.ofMinutes(4));
        System.out.printf("REPLICAS start replica-a ready after %.1f s, replica-b ready after %.1f s (started together)%n",
                readyA.toMillis() / 1000.0, readyB.toMillis() / 1000.0);

        // Flyway serialised the two: each migration applied once; one deployment of the processes.
        List<String> applied = query("select version || ':' || success from flyway_schema_history where version is not null");
        assertThat(applied).as("every migration applied once, successfully").doesNotHaveDuplicates()
                .allMatch(row -> row.endsWith(":true")).contains("1:true", "10:true")
                .hasSize(migrations());
        assertThat(query("select count(*) from act_re_deployment")).containsExactly("1");
        assertThat(query("select key_ || ':' || count(*) from act_re_procdef group by key_"))
                .as("each process deployed once").allMatch(row -> row.endsWith(":1"))
                .contains("campaign:1", "dossier:1", "scoring:1");

        // production: health, metrics and the API document only on the management port; no Swagger UI
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().baseUri(a.url()).redirects().follow(false).get(path).then().statusCode(404);
        }
        given().baseUri(a.managementUrl()).get("/q/metrics").then().statusCode(200);
        given().baseUri(a.managementUrl()).get("/q/openapi").then().statusCode(200);
        given().baseUri(a.managementUrl()).get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    @Order(2)
    void aSignedInUserKeepsTheSessionOnTheOtherReplica() throws Exception {
        // The sign-in starts on A, Keycloak's answer lands on B: the state cookie travels too.
        HttpResponse<String> toLogin = page(a, "/app");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        String authorize = toLogin.headers().firstValue("location").orElseThrow();
        assertThat(authorize).startsWith(PackagedApp.REALM).contains(URLEncoder.encode("http://" + FRONT, StandardCharsets.UTF_8));

        Map<String, String> keycloakCookies = new LinkedHashMap<>();
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(authorize)), keycloakCookies);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String post = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(post))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=secretary1&password=demo&credentialId=")),
                keycloakCookies);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI callback = URI.create(signedIn.headers().firstValue("location").orElseThrow());
        assertThat(callback.getAuthority()).isEqualTo(FRONT);

        HttpResponse<String> back = page(b, callback.getRawPath() + "?" + callback.getRawQuery());
        assertThat(back.statusCode()).as("the code exchanged on B").isIn(200, 302);
        assertThat(SIGNED_IN).as("a session cookie").isNotEmpty();

        for (PackagedApp replica : List.of(a, b, a)) {
            HttpResponse<String> home = page(replica, "/app");
            assertThat(home.statusCode()).as("signed-in page on %s", replica.name).isEqualTo(200);
            assertThat(home.body()).contains("/app/logout");
        }
        System.out.printf("REPLICAS session: signed in through A and Keycloak, code exchanged on B, pages on A and B: 200 signed in (cookies %s)%n",
                SIGNED_IN.keySet());
    }

    @Test
    @Order(3)
    void theJourneyAlternatesAndEachTimerFiresOnceAlsoWhenAReplicaIsKilled() throws Exception {
        List<PackagedApp> replicas = new ArrayList<>(List.of(a, b));
        Journey journey = new Journey(i -> replicas.get(i % replicas.size()));
        long journeyStart = System.nanoTime();

        // A campaign whose nomination window has ended: its window timer moves it to appraisal at once.
        String timed = journey.campaign("replicas-timer", Journey.today().minusDays(10), Journey.today().minusDays(1),
                Journey.today(), Journey.today().plusDays(30), Map.of());
        // The journey's campaign: scoring due tomorrow, so each juror's reminder timer is due now.
        String campaign = journey.campaign("replicas", Journey.today().minusDays(1), Journey.today(), Journey.today(),
                Journey.today().plusDays(30), Map.of("scoringDays", 1));
        Map<Long, byte[]> letters = new TreeMap<>();
        List<Long> dossiers = journey.nominate(campaign, List.of("health", "education"), letters);
        journey.accept(dossiers);
        journey.advance(campaign, "APPRAISAL");

        // Assignment on A makes one reminder job per juror and dossier, due now. A is frozen at moments
        // while it works on them until it holds some job locks, then killed (kill -9).
        try (Connection db = PackagedApp.connect(DATABASE)) {
            db.setAutoCommit(true);
            String reminderJobs = "select concat_ws(' ', j.id_, coalesce(j.lock_owner_, '-'), coalesce(j.lock_exp_time_::text, '-')) from act_ru_job j"
                    + " join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = 'Boundary_ReminderDue'";
            Journey.assignAll(a, campaign);
            int assignments = count(db, "select count(*) from assignment");
            List<String> heldByA = List.of();
            for (int attempt = 0; attempt < 400 && heldByA.isEmpty(); attempt++) {
                a.suspend();
                List<String> pending = column(db, reminderJobs);
                heldByA = pending.stream().filter(j -> j.contains(" replica-a ")).toList();
                if (pending.isEmpty()) {
                    break;
                }
                if (heldByA.isEmpty()) {
                    a.resume();
                    PackagedApp.sleep(attempt % 7);
                }
            }
            int doneByA = count(db, "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = 'replica-a'");
            a.kill();
            long killedAt = System.nanoTime();
            replicas.remove(a);
            System.out.printf("REPLICAS kill -9 replica-a after it assigned %d jurors: it held %d reminder job lock(s), had run %d job(s)%n",
                    assignments, heldByA.size(), doneByA);
            assertThat(heldByA).as("reminder jobs locked by replica-a when it was killed").isNotEmpty();

            // B takes over A's jobs once their locks expire; every reminder is written exactly once.
            String reminders = "select count(*) from audit_log where action = 'SCORING_REMINDER' and campaign_code = '"
                    + campaign + "'";
            long takeOverDeadline = System.nanoTime() + Duration.ofMillis(LOCK_MILLIS * 4).toNanos();
            while (count(db, reminders) < assignments && System.nanoTime() < takeOverDeadline) {
                PackagedApp.sleep(100);
            }
            Duration takeOver = Duration.ofNanos(System.nanoTime() - killedAt);
            assertThat(count(db, reminders)).as("one reminder per assignment").isEqualTo(assignments);
            assertThat(column(db, """
                    select a.dossier_id || ':' || a.detail || ':' || count(*) from audit_log a
                    where a.action = 'SCORING_REMINDER' and a.campaign_code = '%s'
                    group by a.dossier_id, a.detail having count(*) <> 1""".formatted(campaign))).isEmpty();
            for (String held : heldByA) {
                String job = held.split(" ")[0];
                assertThat(column(db, "select hostname_ from act_hi_job_log where job_id_ = '" + job + "' and job_state_ = 2"))
                        .as("job %s, held by the killed replica", job).containsExactly("replica-b");
                assertThat(column(db, "select (timestamp_ >= timestamp '" + held.substring(held.indexOf("replica-a ") + 10)
                        + "' - interval '1 second')::text from act_hi_job_log where job_id_ = '" + job + "' and job_state_ = 2"))
                        .as("job %s ran after its lock expired", job).containsExactly("true");
            }
            System.out.printf("REPLICAS take-over: all %d reminders done %.1f s after the kill (lock time %.0f s)%n",
                    assignments, takeOver.toMillis() / 1000.0, LOCK_MILLIS / 1000.0);

            // ... and each reminder reaches the SMTP server once, whichever replica sent it.
            long mailDeadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            // (the nominating bodies' messages of issue 13 — receipts, acceptances — are not counted here)
            while (reminderMails().length < assignments && System.nanoTime() < mailDeadline) {
                PackagedApp.sleep(200);
            }
            PackagedApp.sleep(3000); // a duplicate, if any, would come within the senders' next polls
            jakarta.mail.internet.MimeMessage[] mails = reminderMails();
            java.util.Set<String> messageIds = new java.util.HashSet<>();
            for (jakarta.mail.internet.MimeMessage mail : mails) {
                try {
                    messageIds.add(mail.getMessageID());
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            System.out.printf("REPLICAS e-mail: %d reminder e-mails received by the SMTP server for %d assignments (%d distinct Message-IDs); outbox %s%n",
                    mails.length, assignments, messageIds.size(),
                    column(db, "select kind || ':' || status || '=' || count(*) from outbox group by kind, status"));
            assertThat(messageIds).as("one e-mail per reminder").hasSize(assignments);
            assertThat(mails).as("no reminder sent twice").hasSize(assignments);
            Map<Long, List<String>> jurors = journey.jurors(campaign);

            // The killed replica comes back (a new pod) and the journey alternates again; the session still holds.
            PackagedApp restarted = start("replica-a2");
            Duration readyAgain = restarted.awaitReady(Duration.ofMinutes(4));
            replicas.add(restarted);
            HttpResponse<String> home = page(restarted, "/app");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("/app/logout");
            System.out.printf("REPLICAS restart: replica-a2 ready after %.1f s; the session cookie works on it%n",
                    readyAgain.toMillis() / 1000.0);

            jurors.forEach((dossier, members) -> members.forEach(juror -> journey.score(juror, dossier, 8)));
            journey.advance(campaign, "DELIBERATION");
            Duration journeyTime = Duration.ofNanos(System.nanoTime() - journeyStart);

            // The window timer of the other campaign fired once.
            String timedPhase = restarted.as("secretary1").get("/api/campaigns/" + timed).then().statusCode(200)
                    .extract().path("phase");
            assertThat(timedPhase).isEqualTo("APPRAISAL");
            assertThat(count(db, "select count(*) from audit_log where action = 'PHASE_ENTERED' and to_state = 'APPRAISAL' and campaign_code = '" + timed + "'"))
                    .isEqualTo(1);

            // Every job that succeeded did so once (no double execution across the replicas).
            assertThat(column(db, "select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1"))
                    .isEmpty();
            Map<String, Integer> perReplica = new TreeMap<>();
            for (String row : column(db, "select hostname_ || '=' || count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")) {
                perReplica.put(row.substring(0, row.indexOf('=')), Integer.parseInt(row.substring(row.indexOf('=') + 1)));
            }
            int failed = count(db, "select count(*) from act_hi_job_log where job_state_ = 1");
            System.out.printf("REPLICAS journey: %d dossiers, %d scorecards, %d requests alternating, %.1f s; jobs run per replica %s; failed attempts %d%n",
                    dossiers.size(), assignments, journey.requests(), journeyTime.toMillis() / 1000.0, perReplica, failed);
            assertThat(perReplica.getOrDefault("replica-b", 0)).isPositive();
        }
    }

    @Test
    @Order(4)
    void logsAreJsonLinesWithoutSecrets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (PackagedApp app : APPS) {
            String log = app.logText();
            assertThat(log).as("%s's log", app.name).isNotBlank()
                    .doesNotContain(SESSION_SECRET).doesNotContain(CSRF_KEY).doesNotContain(CLIENT_SECRET);
            for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
                assertThat(json.readTree(line).has("message")).as("a JSON log line: %s", line).isTrue();
            }
        }
    }

    @Test
    @Order(5)
    void aReplicaWithoutItsSecretsRefusesToStart() {
        PackagedApp bare = PackagedApp.start("replica-without-secrets", DATABASE, Map.of(),
                List.of("DX_SESSION_SECRET", "DX_CSRF_KEY", "DX_OIDC_CLIENT_SECRET"));
        APPS.add(bare);
        assertThat(bare.awaitExit(Duration.ofMinutes(3))).isNotZero();
        assertThat(bare.logText()).contains("Failed to load config value").contains("dx.csrf.signing-key")
                .contains("quarkus.oidc.credentials.secret").doesNotContain("demo-only-");
    }

    /** The scoring reminders the SMTP server received (by their subject, in either language). */
    private static jakarta.mail.internet.MimeMessage[] reminderMails() {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                String subject = mail.getSubject();
                return subject != null && (subject.startsWith("Nhắc hạn chấm điểm") || subject.startsWith("Reminder: score"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(jakarta.mail.internet.MimeMessage[]::new);
    }

    // --- pages through the one front address ------------------------------------------------------

    private static HttpResponse<String> page(PackagedApp replica, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.url() + pathAndQuery)).header("Host", FRONT);
        return send(request, SIGNED_IN);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('=')).strip();
            String value = pair.substring(pair.indexOf('=') + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    // --- database ------------------------------------------------------------------------------------

    private static List<String> query(String select) throws SQLException {
        try (Connection db = PackagedApp.connect(DATABASE)) {
            return column(db, select);
        }
    }

    /** The versions of the migrations the application ships: SQL files and Java migrations. */
    private static int migrations() {
        try (java.util.stream.Stream<java.nio.file.Path> sql = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/resources/db/migration"));
                java.util.stream.Stream<java.nio.file.Path> classes = java.nio.file.Files.list(
                        java.nio.file.Path.of("src/main/java/db/migration"))) {
            return (int) java.util.stream.Stream.concat(sql, classes)
                    .map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.*\\.(sql|java)"))
                    .map(n -> n.substring(1, n.indexOf("__"))).distinct().count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> column(Connection db, String select) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(select)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static int count(Connection db, String select) throws SQLException {
        return Integer.parseInt(column(db, select).get(0));
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
