package vn.dxawards.bench.national;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The national campaign at full size (issue 11), driven through the packaged app's JSON API as the
 * programme's people would: users made in Keycloak, one campaign of {@code DX_BENCH_DOSSIERS}
 * dossiers from {@code DX_BENCH_BODIES} nominating bodies across the localities, the deadline rush
 * in campaigns of its own, intake, automatic assignment (k = 3), every scorecard, the council's
 * votes with the default quorum, the proposal, the signature and publication; repeated reads
 * (task lists, ranking, exports) for their percentiles. Each phase prints {@code BENCH} lines; a
 * table at the end. Started by {@code scripts/bench.sh}, which starts the app and passes its pid.
 */
public final class NationalBench {

    static final List<String> CATEGORIES = List.of("health", "education", "state-agencies", "finance-banking",
            "manufacturing", "environment", "transport-logistics", "energy", "agriculture", "tourism");
    static final Map<String, String> CATEGORY_NAMES = Map.of("health", "Y tế", "education", "Giáo dục",
            "state-agencies", "Cơ quan nhà nước", "finance-banking", "Tài chính - Ngân hàng", "manufacturing",
            "Sản xuất", "environment", "Môi trường", "transport-logistics", "Giao thông - Logistics", "energy",
            "Năng lượng", "agriculture", "Nông nghiệp", "tourism", "Du lịch");
    static final String ADMIN = "admin";
    static final String SECRETARY = "secretary1";
    static final String CHAIR = "chair";

    private final int dossiers = env("DX_BENCH_DOSSIERS", 2000);
    private final int bodies = env("DX_BENCH_BODIES", 200);
    private final int council = env("DX_BENCH_COUNCIL", 30);
    private final int rush = env("DX_BENCH_RUSH", 500);
    private final List<Integer> rushLevels = ints(System.getenv().getOrDefault("DX_BENCH_RUSH_CONCURRENCY", "100 500"));
    private final int threads = env("DX_BENCH_THREADS", 8);
    private final int repeats = env("DX_BENCH_REPEATS", 20);
    private final int taskListRepeats = env("DX_BENCH_TASKLIST_REPEATS", 100);
    private final int proposals = env("DX_BENCH_PROPOSALS", 5);
    private final long appPid = Long.getLong("bench.app.pid", -1);
    private final long kcPid = Long.getLong("bench.kc.pid", -1);
    private final String database = System.getProperty("bench.db", "dxawards_bench");

    private final BenchHttp http;
    private final BenchUsers users;
    private final Phase.Meters meters;
    private final ProcCpu.DatabaseBackends pg;
    /** The app's JIT compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre}). */
    private final ProcCpu.ThreadsOf jit = new ProcCpu.ThreadsOf(appPid, name -> name.startsWith("C1 Compiler")
            || name.startsWith("C2 Compiler"));
    /** The app's G1 threads: parallel workers ({@code GC Thread#n}) and the concurrent ones ({@code G1 …}). */
    private final ProcCpu.ThreadsOf gc = new ProcCpu.ThreadsOf(appPid, name -> name.startsWith("GC Thread")
            || name.startsWith("G1 "));
    private final List<Phase> phases = new ArrayList<>();
    /** The phases of the campaign's journey (what CPU per dossier journey adds up). */
    private final List<Phase> journey = new ArrayList<>();
    private final List<String> verdicts = new ArrayList<>();

    private List<String> localities;
    private List<String> jurors;
    private String campaign;

    private NationalBench() throws Exception {
        String kc = "http://localhost:" + System.getenv().getOrDefault("KC_PORT", "8490");
        String app = System.getProperty("bench.app.url", "http://127.0.0.1:8086");
        http = new BenchHttp(app, kc + "/realms/dx-awards");
        users = new BenchUsers(http.client(), kc);
        String server = System.getProperty("bench.db.server", "jdbc:postgresql://localhost:5432/");
        pg = new ProcCpu.DatabaseBackends(server + "postgres", System.getProperty("bench.db.user", "dxawards"),
                System.getProperty("bench.db.password", "dxawards"), database);
        meters = new Phase.Meters() {
            public long appCpuMs() {
                return ProcCpu.cpuMs(appPid);
            }

            public long appJitMs() {
                return jit.read();
            }

            public long appGcMs() {
                return gc.read();
            }

            public long pgBenchMs() {
                return pg.read();
            }

            public long pgAllMs() {
                return ProcCpu.postgresAllMs();
            }

            public long keycloakCpuMs() {
                return ProcCpu.cpuMs(kcPid);
            }

            public long clientCpuMs() {
                return ProcCpu.selfCpuMs();
            }

            public long appRssMiB() {
                return ProcCpu.rssMiB(appPid);
            }
        };
    }

    public static void main(String[] args) throws Exception {
        NationalBench bench = new NationalBench();
        // stopped from outside (DX_BENCH_TIMEOUT_MINUTES, Ctrl-C): the phase under way and the summary so far
        Thread hook = new Thread(() -> {
            Phase open = bench.current;
            if (open != null) {
                open.note("interrupted");
                bench.end(open, false);
            }
            try {
                bench.cleanUp();
            } catch (Exception e) {
                System.out.println("BENCH clean-up: " + e);
            }
            bench.summary();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int exit = 0;
        try {
            bench.run();
        } catch (Throwable e) {
            System.out.println("BENCH FAILED: " + e);
            e.printStackTrace(System.out);
            exit = 1;
        } finally {
            try {
                bench.cleanUp();
            } catch (Exception e) {
                System.out.println("BENCH clean-up: " + e);
            }
            bench.summary();
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        System.exit(exit);
    }

    private void run() throws Exception {
        System.out.printf("BENCH config dossiers %d, bodies %d, council %d, rush %d at %s, client threads %d, repeats %d, app pid %d, keycloak pid %d, database %s%n",
                dossiers, bodies, council, rush, rushLevels, threads, repeats, appPid, kcPid, database);
        long readyMs = Long.getLong("bench.ready.ms", -1);
        System.out.printf("BENCH ready %.1f s after java -jar; app RSS at ready %d MiB%n", readyMs / 1000.0,
                Long.getLong("bench.ready.rss", -1));
        if (dossiers > 10 * bodies) {
            throw new IllegalArgumentException("at most 10 dossiers per body (one per category): raise DX_BENCH_BODIES");
        }
        localities = new ArrayList<>();
        http.get(null, null, ADMIN, "/api/localities").json().forEach(l -> localities.add(l.path("code").asText()));
        System.out.printf("BENCH localities %d%n", localities.size());

        makeUsers();
        if (System.getenv().getOrDefault("DX_BENCH_USERS_ONLY", "0").equals("1")) {
            return; // users made ahead of a run (Keycloak's password hashing takes minutes for hundreds)
        }

        Phase create = begin("campaign", 1);
        campaign = createCampaign("bench", create);
        end(create, true);

        byte[] letter = BenchPdf.ofAbout(200 * 1024, "Cong van de cu - DX Awards bench");
        System.out.printf("BENCH pdf %d bytes (nomination), ", letter.length);
        byte[] big = BenchPdf.ofAbout(1024 * 1024, "Ho so day du - DX Awards bench rush");
        System.out.printf("%d bytes (rush)%n", big.length);

        Phase nomination = begin("nomination", dossiers);
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        parallel(threads, dossiers, i -> {
            Long id = nominate(nomination, campaign, "bench.body." + pad(i % bodies, 3), i, CATEGORIES.get((i / bodies + i) % 10),
                    localityOfBody(i % bodies, i), letter, "create", "attach", "submit");
            if (id != null) {
                ids.add(id);
            }
        });
        end(nomination, true);
        if (ids.size() < dossiers) {
            nomination.note((dossiers - ids.size()) + " dossiers not submitted");
        }

        for (int level : rushLevels) {
            rush(level, big);
        }

        Phase intake = begin("intake", ids.size());
        List<Long> accepted = Collections.synchronizedList(new ArrayList<>());
        parallel(threads, ids.size(), i -> {
            BenchHttp.Answer a = http.post(intake, "intake", SECRETARY, "/api/dossiers/" + ids.get(i) + "/intake",
                    Map.of("decision", "ACCEPT"));
            if (a.ok()) {
                accepted.add(ids.get(i));
            } else {
                failOnce(intake, "intake", a);
            }
        });
        end(intake, true);

        Phase advance1 = begin("to-appraisal", accepted.size());
        must(http.post(advance1, "advance", SECRETARY, "/api/campaigns/" + campaign + "/advance", null), "advance to appraisal");
        end(advance1, true);

        Map<String, List<Long>> assignments = assign(accepted);

        Phase tasks = begin("task-lists", 1);
        String busiest = assignments.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> a.size() - b.size()))
                .map(Map.Entry::getKey).orElse(SECRETARY);
        for (int i = 0; i < taskListRepeats; i++) {
            failOnce(tasks, "juror", http.get(tasks, "juror " + busiest, busiest, "/api/tasks"));
            failOnce(tasks, "secretary", http.get(tasks, "secretary1", SECRETARY, "/api/tasks"));
        }
        end(tasks, false);
        verdict("task list p95 < 100 ms (juror)", tasks.percentileMs("juror " + busiest, 95), 100);
        verdict("task list p95 < 100 ms (secretary)", tasks.percentileMs("secretary1", 95), 100);

        Phase scoring = begin("scoring", accepted.size());
        List<String[]> cards = new ArrayList<>();
        assignments.forEach((juror, list) -> list.forEach(d -> cards.add(new String[] {juror, String.valueOf(d)})));
        Collections.shuffle(cards, new java.util.Random(11));
        List<Integer> failedCards = Collections.synchronizedList(new ArrayList<>());
        IntConsumer score = i -> {
            String juror = cards.get(i)[0];
            long dossier = Long.parseLong(cards.get(i)[1]);
            int level = 5 + (int) (Math.abs((dossier * 31 + juror.hashCode()) % 5));
            Map<String, Object> card = new HashMap<>();
            card.put("scores", Map.of("C1", level, "C2", level, "C3", level, "C4", level));
            card.put("comment", "Hồ sơ rõ ràng, số liệu đầy đủ.");
            card.put("recommendation", level >= 7 ? "AWARD" : "NO_AWARD");
            card.put("proposals", List.of("TRAINING"));
            BenchHttp.Answer saved = http.put(scoring, "save", juror, "/api/dossiers/" + dossier + "/scorecards/mine", card);
            if (!saved.ok()) {
                failOnce(scoring, "save", saved);
                failedCards.add(i);
                return;
            }
            BenchHttp.Answer submitted = http.post(scoring, "submit", juror, "/api/dossiers/" + dossier + "/scorecards/mine/submit", null);
            if (!submitted.ok()) {
                failOnce(scoring, "submit", submitted);
                failedCards.add(i);
            }
        };
        parallel(threads, cards.size(), score);
        if (!failedCards.isEmpty()) {
            // the failures are counted above; one more try each so that the campaign can go on
            List<Integer> again = new ArrayList<>(failedCards);
            failedCards.clear();
            scoring.note(again.size() + " scorecards failed; tried once more");
            again.forEach(score::accept);
            if (!failedCards.isEmpty()) {
                scoring.note(failedCards.size() + " scorecards failed twice");
            }
        }
        end(scoring, true);

        Phase advance2 = begin("to-deliberation", accepted.size());
        must(http.post(advance2, "advance", SECRETARY, "/api/campaigns/" + campaign + "/advance", null), "advance to deliberation");
        end(advance2, true);

        votes(accepted.size());

        Phase ranking = begin("ranking", 1);
        for (int i = 0; i < repeats; i++) {
            failOnce(ranking, "ranking", http.get(ranking, "ranking", SECRETARY, "/api/campaigns/" + campaign + "/ranking"));
            failOnce(ranking, "results.csv", http.get(ranking, "results.csv", SECRETARY, "/api/campaigns/" + campaign + "/exports/results.csv"));
            failOnce(ranking, "results.xlsx", http.get(ranking, "results.xlsx", SECRETARY, "/api/campaigns/" + campaign + "/exports/results.xlsx"));
        }
        end(ranking, false);
        for (String label : List.of("ranking", "results.csv", "results.xlsx")) {
            verdict(label + " p95 < 1 s", ranking.percentileMs(label, 95), 1000);
        }

        Phase proposal = begin("proposal", accepted.size());
        for (int i = 1; i < proposals; i++) {
            must(http.post(proposal, "proposal", SECRETARY, "/api/campaigns/" + campaign + "/proposal", null), "proposal");
            must(http.post(proposal, "return", CHAIR, "/api/campaigns/" + campaign + "/decision",
                    Map.of("action", "RETURN", "comment", "Đề nghị rà soát lại (lần " + i + ").")), "return");
        }
        must(http.post(proposal, "proposal", SECRETARY, "/api/campaigns/" + campaign + "/proposal", null), "proposal");
        end(proposal, true);
        verdict("proposal p95 < 1 s", proposal.percentileMs("proposal", 95), 1000);

        Phase sign = begin("signature", accepted.size());
        for (int i = 0; i < Math.max(1, repeats / 4); i++) {
            failOnce(sign, "draft.pdf", http.get(sign, "draft.pdf", CHAIR, "/api/campaigns/" + campaign + "/decision/draft.pdf"));
        }
        must(http.post(sign, "sign", CHAIR, "/api/campaigns/" + campaign + "/decision", Map.of("action", "SIGN")), "sign");
        end(sign, true);

        Phase publication = begin("publication", accepted.size());
        must(http.post(publication, "advance", SECRETARY, "/api/campaigns/" + campaign + "/advance", null), "publish");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(env("DX_BENCH_PUBLICATION_MINUTES", 20));
        int open = -1;
        while (System.nanoTime() < deadline) {
            BenchHttp.Answer list = http.get(publication, "poll outcomes", SECRETARY, "/api/dossiers?campaign=" + campaign);
            if (list.ok()) {
                open = 0;
                for (JsonNode d : list.json()) {
                    String status = d.path("status").asText();
                    if (!status.equals("AWARDED") && !status.equals("NOT_AWARDED") && !status.equals("REJECTED")) {
                        open++;
                    }
                }
                if (open == 0) {
                    break;
                }
            }
            BenchHttp.sleep(2000);
        }
        if (open != 0) {
            publication.note(open + " dossiers still without their outcome");
        }
        end(publication, true);

        Phase exports = begin("exports", 1);
        for (int i = 0; i < repeats; i++) {
            failOnce(exports, "results.csv", http.get(exports, "results.csv", SECRETARY, "/api/campaigns/" + campaign + "/exports/results.csv"));
            failOnce(exports, "results.xlsx", http.get(exports, "results.xlsx", SECRETARY, "/api/campaigns/" + campaign + "/exports/results.xlsx"));
            failOnce(exports, "public results", http.get(exports, "public results", null, "/api/public/campaigns/" + campaign + "/results"));
        }
        end(exports, false);
        verdict("results.csv p95 < 1 s (published)", exports.percentileMs("results.csv", 95), 1000);
        verdict("results.xlsx p95 < 1 s (published)", exports.percentileMs("results.xlsx", 95), 1000);

        mailSample();
    }

    /** CPU of one e-mail sent, app and PostgreSQL, from {@link #mailSample}; negative when not measured. */
    private double mailCpuMs = -1;

    /**
     * The app sends at most {@code DX_MAIL_MAX_RATE} e-mails a second (5), so a run that compresses
     * weeks into minutes ends with thousands still waiting, whose sending is in no phase's CPU: for
     * {@code DX_BENCH_MAIL_SAMPLE_SECONDS} (60; 0: none) nothing but the sender runs, and the CPU it
     * spends per e-mail is what the summary adds to the journey for those still waiting.
     */
    private void mailSample() {
        int seconds = env("DX_BENCH_MAIL_SAMPLE_SECONDS", 60);
        if (seconds <= 0) {
            return;
        }
        long before = outboxCount("SENT");
        Phase phase = begin("mail-sample", 1);
        BenchHttp.sleep(seconds * 1000L);
        end(phase, false);
        long sent = outboxCount("SENT") - before;
        if (sent > 0 && phase.appCpuMs() >= 0 && phase.pgBenchMs() >= 0) {
            mailCpuMs = (double) (phase.appCpuMs() + phase.pgBenchMs()) / sent;
        }
        System.out.printf(java.util.Locale.ROOT, "BENCH mail-sample        %d e-mails sent in %d s with nothing else running: %s%n", sent,
                seconds, mailCpuMs < 0 ? "no CPU per e-mail" : String.format(java.util.Locale.ROOT,
                        "app %.1f + pg(bench db) %.1f ms an e-mail", (double) phase.appCpuMs() / sent,
                        (double) phase.pgBenchMs() / sent));
    }

    /** Outbox rows in a state; -1 when the database cannot be read. */
    private long outboxCount(String status) {
        Map<String, Long> states = outboxByState();
        return states == null ? -1 : states.getOrDefault(status, 0L);
    }

    /** Outbox rows by state; null when the database cannot be read. */
    private Map<String, Long> outboxByState() {
        String server = System.getProperty("bench.db.server", "jdbc:postgresql://localhost:5432/");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + database,
                System.getProperty("bench.db.user", "dxawards"), System.getProperty("bench.db.password", "dxawards"));
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("select status, count(*) from outbox group by status order by status")) {
            Map<String, Long> states = new TreeMap<>();
            while (r.next()) {
                states.put(r.getString(1), r.getLong(2));
            }
            return states;
        } catch (java.sql.SQLException e) {
            System.out.printf("BENCH outbox not read: %s%n", e.getMessage());
            return null;
        }
    }

    // --- users -------------------------------------------------------------------------------------

    private void makeUsers() throws Exception {
        Phase phase = begin("users", bodies + council + rush);
        Set<String> jurorRole = users.withRole("juror");
        Set<String> nominatorRole = users.withRole("nominator");
        Map<String, JsonNode> existing = users.existing("bench.");
        List<String> demoJurors = jurorRole.stream().filter(u -> !u.startsWith("bench.")).sorted().toList();
        int benchJurors = Math.max(0, council - demoJurors.size());
        if (benchJurors == 0) {
            phase.note("the realm already has " + demoJurors.size() + " jurors: the council is larger than " + council);
        }
        List<BenchUsers.Wanted> wanted = new ArrayList<>();
        for (int b = 0; b < bodies; b++) {
            wanted.add(new BenchUsers.Wanted("bench.body." + pad(b, 3), "nominator", "BENCH-B" + pad(b, 3),
                    b % 10 == 9 ? null : localities.get(b % localities.size()), null));
        }
        for (int r = 0; r < rush; r++) {
            wanted.add(new BenchUsers.Wanted("bench.rush." + pad(r, 3), "nominator", "BENCH-R" + pad(r, 3),
                    localities.get((r * 7) % localities.size()), null));
        }
        List<BenchUsers.Wanted> jurorsWanted = new ArrayList<>();
        for (int j = 0; j < benchJurors; j++) {
            String expertise = CATEGORIES.get(j % 10) + (j % 2 == 0 ? "," + CATEGORIES.get((j + 3) % 10) : "");
            jurorsWanted.add(new BenchUsers.Wanted("bench.juror." + pad(j, 2), "juror", "BENCH-J" + pad(j, 2),
                    j % 3 == 0 ? localities.get((j * 11) % localities.size()) : null, expertise));
        }
        Set<String> holders = new java.util.HashSet<>(nominatorRole);
        holders.addAll(jurorRole);
        int changed = users.ensure(wanted, existing, holders, 4) + users.ensure(jurorsWanted, existing, holders, 4);
        // bench jurors beyond the wanted council leave it (a larger earlier run)
        List<String> surplus = jurorRole.stream().filter(u -> u.startsWith("bench.juror."))
                .filter(u -> Integer.parseInt(u.substring("bench.juror.".length())) >= benchJurors).toList();
        users.revoke("juror", surplus);
        jurors = new ArrayList<>(demoJurors);
        jurorsWanted.forEach(w -> jurors.add(w.username()));
        phase.note(String.format("%d users wanted, %d created or changed, %d surplus bench jurors left the council; council %d (%d of the realm + %d bench)",
                wanted.size() + jurorsWanted.size(), changed, surplus.size(), jurors.size(), demoJurors.size(), benchJurors));
        end(phase, false);
        if (System.getenv().getOrDefault("DX_BENCH_USERS_ONLY", "0").equals("1")) {
            return;
        }

        Phase tokens = begin("tokens", bodies + jurors.size() + 3);
        List<String> everyone = new ArrayList<>(List.of(ADMIN, SECRETARY, CHAIR));
        everyone.addAll(jurors);
        for (int b = 0; b < bodies; b++) {
            everyone.add("bench.body." + pad(b, 3));
        }
        parallel(4, everyone.size(), i -> http.token(everyone.get(i)));
        end(tokens, false);
    }

    /** Bench jurors leave the council at the end, so that campaigns made later on this Keycloak are not affected. */
    private final java.util.concurrent.atomic.AtomicBoolean cleaned = new java.util.concurrent.atomic.AtomicBoolean();

    private void cleanUp() throws Exception {
        if (jurors == null || !cleaned.compareAndSet(false, true) || System.getenv().getOrDefault("DX_BENCH_KEEP_JURORS", "0").equals("1")) {
            return;
        }
        users.revoke("juror", jurors.stream().filter(u -> u.startsWith("bench.juror.")).toList());
        System.out.println("BENCH clean-up: bench jurors no longer hold the role juror (DX_BENCH_KEEP_JURORS=1 keeps it)");
    }

    // --- steps ------------------------------------------------------------------------------------

    private String createCampaign(String prefix, Phase phase) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String code = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> categories = new ArrayList<>();
        for (String c : CATEGORIES) {
            categories.add(Map.of("code", c, "name", Map.of("vi", CATEGORY_NAMES.get(c), "en", c), "kind", "UNIT", "maxPerBody", 1));
        }
        int maxLoad = Math.max(150, (int) Math.ceil(3.0 * dossiers / Math.max(1, jurors.size()) * 1.25));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("code", code);
        definition.put("name", Map.of("vi", "Đợt đo tải " + code, "en", "Benchmark campaign " + code));
        definition.put("awardCount", Math.max(1, Math.min(100, dossiers / 4)));
        definition.put("windows", Map.of(
                "nomination", Map.of("start", today.minusDays(1).toString(), "end", today.plusDays(30).toString()),
                "appraisal", Map.of("start", today.plusDays(31).toString(), "end", today.plusDays(60).toString())));
        definition.put("settings", Map.of("jurorsPerDossier", 3, "maxLoad", maxLoad));
        definition.put("categories", categories);
        must(http.post(phase, "create campaign", ADMIN, "/api/campaigns", definition), "create campaign " + code);
        System.out.printf("BENCH campaign %s (k = 3, maxLoad %d, quorum default)%n", code, maxLoad);
        return code;
    }

    /** Create, attach, submit; answers the dossier's id, or null when a step failed. */
    private Long nominate(Phase phase, String campaignCode, String user, int i, String category, String locality, byte[] pdf,
            String... labels) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("name", "Đơn vị thử tải " + i + " " + campaignCode);
        nominee.put("taxCode", String.format("%010d", Math.abs((long) (campaignCode + "/" + i).hashCode()) % 10_000_000_000L));
        nominee.put("province", locality);
        nominee.put("ownership", "STATE");
        nominee.put("website", "https://example.vn");
        nominee.put("contactName", "Nguyễn Văn An");
        nominee.put("contactEmail", "lienhe@example.vn");
        nominee.put("contactPhone", "0241234567");
        Map<String, Object> dossier = Map.of("categoryCode", category, "nominee", nominee,
                "strategy", "Chiến lược chuyển đổi số giai đoạn 2025-2030 với lộ trình rõ ràng.",
                "scale", "500 cán bộ, phục vụ 2 triệu người dân.",
                "initiatives", "Nền tảng dữ liệu dùng chung; thanh toán không dùng tiền mặt.",
                "results", "95% hồ sơ trực tuyến toàn trình.",
                "supportWishes", "Đào tạo kỹ năng số cho cán bộ.");
        BenchHttp.Answer created = http.post(phase, labels[0], user, "/api/campaigns/" + campaignCode + "/dossiers", dossier);
        if (created.status() != 201) {
            failOnce(phase, labels[0], created);
            return null;
        }
        long id = created.json().path("id").asLong();
        BenchHttp.Answer attached = http.upload(phase, labels[1], user, "/api/dossiers/" + id + "/attachments", "cong-van-" + i + ".pdf", pdf);
        if (attached.status() != 201) {
            failOnce(phase, labels[1], attached);
            return null;
        }
        BenchHttp.Answer submitted = http.post(phase, labels[2], user, "/api/dossiers/" + id + "/submit", null);
        if (submitted.status() != 200) {
            failOnce(phase, labels[2], submitted);
            return null;
        }
        return id;
    }

    /** The locality of a body's nominees: its own, or (national bodies) one spread over the country. */
    private String localityOfBody(int body, int i) {
        return body % 10 == 9 ? localities.get((i * 13) % localities.size()) : localities.get(body % localities.size());
    }

    private void rush(int concurrency, byte[] pdf) throws Exception {
        Phase setup = begin("rush-setup-" + concurrency, rush);
        String code = createCampaign("rush" + concurrency, setup);
        // tokens first: the rush measures the app, not Keycloak's password hashing
        parallel(4, rush, r -> http.token("bench.rush." + pad(r, 3)));
        end(setup, false);
        Phase phase = begin("rush-c" + concurrency, rush);
        long began = System.nanoTime();
        java.util.Queue<long[]> finished = new java.util.concurrent.ConcurrentLinkedQueue<>();
        parallel(concurrency, rush, r -> {
            long start = System.nanoTime();
            Long id = nominate(phase, code, "bench.rush." + pad(r, 3), r, CATEGORIES.get(r % 10),
                    localities.get((r * 7) % localities.size()), pdf, "create", "upload 1 MiB", "submit");
            if (id == null) {
                phase.failedSequences.incrementAndGet();
            } else {
                phase.sequence(System.nanoTime() - start);
                finished.add(new long[] {start - began, System.nanoTime() - start});
            }
        });
        end(phase, false);
        byStart(phase.name, concurrency, new ArrayList<>(finished));
        if (concurrency <= 100) {
            verdict("rush c" + concurrency + ": 0 failed sequences", phase.failedSequences.get(), 0.5);
            verdict("rush c" + concurrency + ": sequence p99 < 3 s", phase.sequencePercentileMs(99), 3000);
        } else {
            verdict("rush c" + concurrency + ": 0 failed sequences (503 retried)", phase.failedSequences.get(), 0.5);
        }
        verdict("rush c" + concurrency + ": no 500", phase.errorsOf("500"), 0.5);
    }

    /**
     * The rush's sequences by when they began: the first {@code concurrency} (all sent at once), then
     * the rest in fifths; p50 / p99 / max of each, in ms: where the slowest come from.
     */
    private static void byStart(String phase, int concurrency, List<long[]> sequences) {
        sequences.sort(java.util.Comparator.comparingLong(s -> s[0]));
        StringBuilder line = new StringBuilder();
        int first = Math.min(concurrency, sequences.size());
        line.append(group("first " + first, sequences.subList(0, first)));
        List<long[]> rest = sequences.subList(first, sequences.size());
        for (int k = 0; k < 5 && !rest.isEmpty(); k++) {
            List<long[]> part = rest.subList(rest.size() * k / 5, rest.size() * (k + 1) / 5);
            if (!part.isEmpty()) {
                line.append("; ").append(group("then " + (k + 1) + "/5", part));
            }
        }
        System.out.printf("BENCH %-18s sequences by start: %s%n", phase, line);
    }

    private static String group(String label, List<long[]> part) {
        long[] ms = part.stream().mapToLong(s -> s[1] / 1_000_000).sorted().toArray();
        return String.format(java.util.Locale.ROOT, "%s (from %.1f s) %d / %d / %d", label, part.get(0)[0] / 1e9,
                ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.5) - 1)],
                ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)], ms[ms.length - 1]);
    }

    /**
     * Automatic assignment; answers dossiers by juror. Synchronous (200 when everything is started) or
     * asynchronous (200 or 202 once the plan is recorded, the scoring processes starting in the
     * background): the progress ({@code Location}, else {@code GET …/assignments/progress}:
     * {@code assignments, started, waiting, done}) is polled until done; an app without that
     * resource (404) is taken as synchronous.
     */
    private Map<String, List<Long>> assign(List<Long> accepted) {
        Phase phase = begin("assignment", accepted.size());
        String base = "/api/campaigns/" + campaign + "/assignments";
        BenchHttp.Answer answer = http.post(phase, "auto", SECRETARY, base + "/auto", null);
        System.out.println("BENCH assignment answered " + answer.brief());
        if (!answer.ok()) {
            phase.note("assignment failed: " + answer.brief());
            end(phase, true);
            throw new IllegalStateException("assignment: " + answer.brief());
        }
        String progress = answer.raw().headers().firstValue("Location").orElse(base + "/progress");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(env("DX_BENCH_ASSIGNMENT_MINUTES", 15));
        String last = null;
        while (true) {
            BenchHttp.Answer p = http.get(phase, "progress", SECRETARY, progress);
            if (p.status() == 404 || p.status() == 405) {
                break; // no asynchronous progress in this version: done when answered
            }
            if (p.ok()) {
                JsonNode json = p.json();
                String text = BenchHttp.abbreviate(p.body());
                if (!text.equals(last)) {
                    System.out.printf("BENCH assignment progress after %.1f s: %s%n", phase.elapsedMs() / 1000.0, text);
                    last = text;
                }
                if (json.path("done").asBoolean(false) || json.path("state").asText("").matches("(?i)done|completed|finished")) {
                    break;
                }
                if (json.path("state").asText("").matches("(?i)failed|error")) {
                    phase.note("assignment failed: " + text);
                    break;
                }
            } else {
                failOnce(phase, "progress", p);
            }
            if (System.nanoTime() > deadline) {
                phase.note("assignment not done within DX_BENCH_ASSIGNMENT_MINUTES");
                break;
            }
            BenchHttp.sleep(1000);
        }
        end(phase, true);
        verdict("assignment done in ≤ 60 s", phase.wallMs(), 60_000);
        Phase read = begin("assignment-read", 1);
        BenchHttp.Answer overview = must(http.get(read, "overview", SECRETARY, base), "assignment overview");
        end(read, false);
        Map<String, List<Long>> byJuror = new TreeMap<>();
        int places = 0;
        for (JsonNode line : overview.json().path("assignments")) {
            if (!line.path("status").asText("").matches("(?i)cancel.*|removed")) {
                byJuror.computeIfAbsent(line.path("juror").asText(), k -> new ArrayList<>()).add(line.path("dossierId").asLong());
                places++;
            }
        }
        System.out.printf("BENCH assignment %d of %d places%n", places, accepted.size() * 3);
        if (places < accepted.size() * 3) {
            throw new IllegalStateException("assignment gave " + places + " places of " + accepted.size() * 3);
        }
        return byJuror;
    }

    /**
     * Each shortlisted dossier gets its quorum of votes, as a council of this size votes: most members
     * cast the list vote (one request: approve inside the cut, reject outside), enough of them for the
     * quorum; the others cast single votes on a sample of the shortlist (the figure of the vote
     * target, taken while the shortlist holds every dossier); dossiers still short of their quorum
     * (recusals) get single votes from members in turn (403 recused → the next member).
     */
    private void votes(int shortlisted) {
        Phase read = begin("ranking-for-votes", 1);
        BenchHttp.Answer ranking = must(http.get(read, "ranking", SECRETARY, "/api/campaigns/" + campaign + "/ranking"), "ranking");
        end(read, false);
        List<JsonNode> rows = new ArrayList<>();
        ranking.json().forEach(rows::add);
        // the council's quorum: the largest a dossier asks (a dossier with recused members asks fewer votes;
        // taken from the first row, a ranking that began with one left the list voters two short of the others)
        int quorum = rows.stream().mapToInt(r -> r.path("votes").path("quorum").asInt(1)).max().orElse(0);
        int listVoters = Math.min(jurors.size(), quorum);
        List<String> listing = jurors.subList(0, listVoters);
        List<String> singles = jurors.subList(listVoters, jurors.size());
        int sample = Math.min(rows.size(), env("DX_BENCH_SINGLE_VOTES", 300));

        Phase phase = begin("votes", shortlisted);
        AtomicInteger cast = new AtomicInteger();
        if (!singles.isEmpty()) {
            parallel(threads, sample, i -> {
                JsonNode row = rows.get(i * rows.size() / sample);
                String member = singles.get(i % singles.size());
                BenchHttp.Answer a = http.post(phase, "vote", member, "/api/campaigns/" + campaign + "/deliberation/votes",
                        Map.of("dossierId", row.path("dossierId").asLong(), "vote", row.path("insideCut").asBoolean() ? "APPROVE" : "REJECT"));
                if (a.ok()) {
                    cast.incrementAndGet();
                } else if (a.status() != 403) {
                    failOnce(phase, "vote", a);
                }
            });
        }
        AtomicInteger listed = new AtomicInteger();
        // approve inside the cut, reject the rest: one vote per shortlisted dossier
        List<Long> outside = rows.stream().filter(r -> !r.path("insideCut").asBoolean())
                .map(r -> r.path("dossierId").asLong()).toList();
        parallel(Math.min(threads, 4), listing.size(), i -> {
            BenchHttp.Answer a = http.post(phase, "list vote", listing.get(i), "/api/campaigns/" + campaign
                    + "/deliberation/votes/list", Map.of("reject", outside));
            for (int again = 0; again < 5 && a.status() == 409; again++) {
                // "changed by someone else, reload and try again": nothing of this one was kept. Two lists finishing at
                // once no longer cause it (the vote tasks end in jobs, see ConcurrentVoteTests): a safety net, counted
                failOnce(phase, "list vote", a);
                BenchHttp.sleep(200L * (again + 1));
                a = http.post(phase, "list vote (again)", listing.get(i), "/api/campaigns/" + campaign
                        + "/deliberation/votes/list", Map.of("reject", outside));
            }
            if (a.ok()) {
                int n = a.json().path("votes").size();
                listed.addAndGet(n);
                cast.addAndGet(n);
            } else {
                failOnce(phase, "list vote", a);
            }
        });
        // dossiers short of their quorum (members recused): single votes from the others in turn; an
        // identical re-vote is answered 201 but adds nothing, so the ranking is read again after each round
        AtomicInteger short_ = new AtomicInteger();
        AtomicInteger toppedUp = new AtomicInteger();
        for (int round = 0; round < 12; round++) {
            Phase check = new Phase("votes-check", 1, meters);
            BenchHttp.Answer after = must(http.get(check, "ranking", SECRETARY, "/api/campaigns/" + campaign + "/ranking"), "ranking");
            List<JsonNode> shortRows = new ArrayList<>();
            after.json().forEach(r -> {
                if (!r.path("votes").path("quorumMet").asBoolean(true)) {
                    shortRows.add(r);
                }
            });
            short_.set(shortRows.size());
            if (shortRows.isEmpty()) {
                break;
            }
            toppedUp.addAndGet(shortRows.size());
            int offset = round * 7 + listVoters;
            parallel(threads, shortRows.size(), i -> {
                JsonNode row = shortRows.get(i);
                long dossier = row.path("dossierId").asLong();
                int needed = row.path("votes").path("quorum").asInt(1);
                int done = row.path("votes").path("approve").asInt() + row.path("votes").path("reject").asInt()
                        + row.path("votes").path("abstain").asInt();
                for (int m = 0; m < jurors.size() && done < needed; m++) {
                    String member = jurors.get((i + m + offset) % jurors.size());
                    BenchHttp.Answer a = http.post(phase, "top-up vote", member, "/api/campaigns/" + campaign + "/deliberation/votes",
                            Map.of("dossierId", dossier, "vote", row.path("insideCut").asBoolean() ? "APPROVE" : "REJECT"));
                    if (a.ok()) {
                        done++;
                        cast.incrementAndGet();
                    } else if (a.status() != 403) {
                        failOnce(phase, "top-up vote", a);
                    }
                }
            });
        }
        phase.note(String.format("%d votes cast: %d single on a sample of %d, %d by %d list votes, %d dossiers topped up; %d short of quorum",
                cast.get(), sample, sample, listed.get(), listing.size(), toppedUp.get(), short_.get()));
        end(phase, true);
        verdict("vote p95 < 150 ms", phase.percentileMs("vote", 95), 150);
    }

    // --- phases and figures --------------------------------------------------------------------------

    private volatile Phase current;
    private final java.util.concurrent.atomic.AtomicBoolean summarised = new java.util.concurrent.atomic.AtomicBoolean();

    private Phase begin(String name, int units) {
        current = new Phase(name, units, meters);
        return current;
    }

    private void end(Phase phase, boolean partOfJourney) {
        current = null;
        phase.end();
        phases.add(phase);
        if (partOfJourney) {
            journey.add(phase);
        }
    }

    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /** Prints the first failure of each kind in a phase (the rest are counted in its statuses). */
    private void failOnce(Phase phase, String label, BenchHttp.Answer answer) {
        if (!answer.ok() && reported.add(phase.name + "/" + label + "/" + answer.status())) {
            System.out.println("BENCH " + phase.name + " first " + answer.status() + " on " + label + ": " + BenchHttp.abbreviate(answer.body()));
        }
    }

    private static BenchHttp.Answer must(BenchHttp.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + ": " + answer.brief());
        }
        return answer;
    }

    private void verdict(String target, double value, double limit) {
        String line = String.format("%-45s %10.1f  %s", target, value, Double.isNaN(value) ? "n/a" : value < limit ? "met" : "MISSED");
        verdicts.add(line);
    }

    private void summary() {
        if (!summarised.compareAndSet(false, true)) {
            return;
        }
        System.out.println("BENCH ---- summary ----");
        System.out.println(Phase.summaryHeader());
        phases.forEach(p -> System.out.println(p.summary()));
        long app = 0;
        long pgDb = 0;
        outboxAtTheEnd();
        boolean complete = journey.stream().anyMatch(p -> p.name.equals("publication"));
        if (!complete) {
            System.out.println("BENCH journey incomplete (no publication): no CPU per dossier journey, no ratio");
        }
        for (Phase p : journey) {
            if (p.appCpuMs() < 0 || p.pgBenchMs() < 0) {
                complete = false;
            }
            app += Math.max(0, p.appCpuMs());
            pgDb += Math.max(0, p.pgBenchMs());
        }
        if (complete && dossiers > 0) {
            double perDossier = (double) (app + pgDb) / dossiers;
            System.out.printf("BENCH journey CPU per dossier (campaign phases %s): app %.1f ms + pg(bench db) %.1f ms = %.1f ms%n",
                    journey.stream().map(p -> p.name).toList(), (double) app / dossiers, (double) pgDb / dossiers, perDossier);
            Path baselineFile = Path.of(System.getProperty("bench.baseline.file", "target/bench/baseline.properties"));
            if (Files.isRegularFile(baselineFile)) {
                try {
                    Properties baseline = new Properties();
                    try (var in = Files.newInputStream(baselineFile)) {
                        baseline.load(in);
                    }
                    double base = Double.parseDouble(baseline.getProperty("journey.cpu.ms"));
                    double ratio = perDossier / base;
                    System.out.printf("BENCH raw-engine baseline %.1f ms per journey (driving threads %s ms + pg %s ms): ratio %.1f×%n",
                            base, baseline.getProperty("journey.thread.ms"), baseline.getProperty("journey.pg.ms"), ratio);
                    double wholeJvm = Double.parseDouble(baseline.getProperty("journey.jvm.ms"))
                            + Double.parseDouble(baseline.getProperty("journey.pg.ms"));
                    System.out.printf("BENCH   (against the baseline's whole JVM, GC and JIT included: %.1f ms + pg = %.1f ms, ratio %.1f×)%n",
                            Double.parseDouble(baseline.getProperty("journey.jvm.ms")), wholeJvm, perDossier / wholeJvm);
                    long waiting = outboxCount("PENDING");
                    if (mailCpuMs >= 0 && waiting > 0) {
                        double withMail = perDossier + mailCpuMs * waiting / dossiers;
                        System.out.printf(java.util.Locale.ROOT,
                                "BENCH journey CPU per dossier with the %d e-mails still waiting (%.1f ms each): %.1f ms, ratio %.1f×%n",
                                waiting, mailCpuMs, withMail, withMail / base);
                        verdict("journey CPU ≤ 5× raw engine (ratio, with the waiting e-mails)", withMail / base, 5.0001);
                    } else {
                        verdict("journey CPU ≤ 5× raw engine (ratio)", ratio, 5.0001);
                    }
                } catch (IOException | RuntimeException e) {
                    System.out.println("BENCH baseline unreadable: " + e);
                }
            } else {
                System.out.println("BENCH no baseline in " + baselineFile);
            }
        }
        Phase last = phases.isEmpty() ? null : phases.get(phases.size() - 1);
        long rss = ProcCpu.rssMiB(appPid);
        // after the rushes: when the last rush phase ended (the campaign's later phases are reported
        // below as the RSS at the end)
        phases.stream().filter(p -> p.name.startsWith("rush-c")).reduce((a, b) -> b)
                .ifPresent(rush -> verdict("RSS after the rushes < 1024 MiB", rush.rssMiB(), 1024));
        verdict("ready < 15 s after java -jar", Long.getLong("bench.ready.ms", -1) / 1000.0, 15);
        System.out.println("BENCH ---- targets (issue 11) ----");
        verdicts.forEach(v -> System.out.println("BENCH " + v));
        if (last != null) {
            System.out.printf("BENCH app RSS at the end %d MiB%n", rss);
        }
    }

    /**
     * The e-mails of the run by state: the app sends at most {@code DX_MAIL_MAX_RATE} a second (5), so
     * a run that compresses weeks into minutes ends with e-mails still waiting, whose sending is in no
     * phase's CPU.
     */
    private void outboxAtTheEnd() {
        Map<String, Long> states = outboxByState();
        if (states != null) {
            System.out.printf("BENCH outbox at the end: %s (e-mails still PENDING are sent later, outside every phase's CPU)%n",
                    states);
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Runs {@code task(0..n-1)} on {@code width} threads and waits for all. */
    static void parallel(int width, int n, IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(width, Math.max(n, 1))));
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.submit(() -> {
                try {
                    task.accept(index);
                } catch (RuntimeException e) {
                    if (failures.getAndIncrement() == 0) {
                        System.out.println("BENCH task failed: " + e);
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(6, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failures.get() > 0) {
            System.out.println("BENCH " + failures.get() + " tasks failed with an exception");
        }
    }

    static String pad(int n, int width) {
        return String.format("%0" + width + "d", n);
    }

    static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    static List<Integer> ints(String text) {
        List<Integer> values = new ArrayList<>();
        for (String s : text.trim().split("[ ,]+")) {
            if (!s.isBlank()) {
                values.add(Integer.parseInt(s));
            }
        }
        return values;
    }
}
