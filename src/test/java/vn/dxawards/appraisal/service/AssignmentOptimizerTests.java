package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.Conflicts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Dossier;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Juror;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Pair;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Placement;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Problem;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Shortage;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Solution;
import vn.dxawards.appraisal.service.AssignmentOptimizer.Unfilled;

/**
 * The optimiser on random instances (jqwik): the hard constraints always hold, existing
 * assignments stay, every dossier left short is explained consistently, and on small instances
 * the answer equals the best one found by trying every assignment. Plus hand-computed instances.
 */
class AssignmentOptimizerTests {

    static final List<String> SECTORS = List.of("health", "education", "energy", "agriculture");
    static final List<String> ORGS = List.of("A", "B", "C", "D", "E");
    static final List<String> PROVINCES = List.of("01", "N48", "N79");

    final AssignmentOptimizer optimizer = new AssignmentOptimizer();

    @Property(tries = 300)
    void everyHardConstraintHoldsAndEveryShortageIsExplained(@ForAll("problems") Problem problem) {
        Solution solution = optimizer.solve(problem);

        Map<Long, Dossier> dossiers = new HashMap<>();
        problem.dossiers().forEach(d -> dossiers.put(d.id(), d));
        Map<String, Juror> jurors = new HashMap<>();
        problem.jurors().forEach(j -> jurors.put(j.id(), j));
        Map<Long, Set<String>> on = new HashMap<>();
        problem.fixed().forEach(p -> on.computeIfAbsent(p.dossierId(), id -> new HashSet<>()).add(p.juror()));
        Map<Long, Integer> fixedCount = new HashMap<>();
        on.forEach((id, set) -> fixedCount.put(id, set.size()));

        Map<String, Integer> newLoad = new HashMap<>();
        for (Placement p : solution.placements()) {
            Dossier d = dossiers.get(p.dossierId());
            Juror j = jurors.get(p.juror());
            assertThat(d).isNotNull();
            assertThat(j).isNotNull();
            // no conflict of any kind, never a juror already on it, never twice
            assertThat(AssignmentOptimizer.conflict(problem, d, j)).isNull();
            assertThat(on.computeIfAbsent(d.id(), id -> new HashSet<>()).add(j.id())).isTrue();
            assertThat(p.affinity()).isEqualTo(AssignmentOptimizer.affinity(d, j));
            newLoad.merge(j.id(), 1, Integer::sum);
        }
        // at most k per dossier (a dossier that already had more keeps them, gets none)
        for (Dossier d : problem.dossiers()) {
            int fixed = fixedCount.getOrDefault(d.id(), 0);
            int total = on.getOrDefault(d.id(), Set.of()).size();
            assertThat(total).isLessThanOrEqualTo(Math.max(problem.k(), fixed));
            if (fixed >= problem.k()) {
                assertThat(total).isEqualTo(fixed);
            }
        }
        // the maximum load holds for every juror who got something new; loads add up
        for (Juror j : problem.jurors()) {
            long fixed = problem.fixed().stream().filter(p -> p.juror().equals(j.id())).count();
            int load = solution.loads().get(j.id());
            assertThat(load).isEqualTo(j.otherLoad() + fixed + newLoad.getOrDefault(j.id(), 0));
            if (newLoad.containsKey(j.id())) {
                assertThat(load).isLessThanOrEqualTo(problem.maxLoad());
            }
            assertThat(solution.belowMinimum().stream().anyMatch(b -> b.juror().equals(j.id())))
                    .isEqualTo(load < problem.minLoad());
        }
        // existing assignments stay: the solution only adds pairs not among them
        assertThat(solution.placements()).noneMatch(p -> problem.fixed().contains(new Pair(p.dossierId(), p.juror())));

        // a dossier is short exactly when listed, and the explanation is the truth
        Map<Long, Unfilled> unfilled = new HashMap<>();
        solution.unfilled().forEach(u -> unfilled.put(u.dossierId(), u));
        for (Dossier d : problem.dossiers()) {
            Set<String> present = on.getOrDefault(d.id(), Set.of());
            int missing = Math.max(0, problem.k() - present.size());
            Unfilled u = unfilled.get(d.id());
            if (missing == 0) {
                assertThat(u).isNull();
                continue;
            }
            assertThat(u).isNotNull();
            assertThat(u.missing()).isEqualTo(missing);
            int eligible = 0;
            int atMax = 0;
            Map<Conflicts.Kind, Integer> conflicts = new HashMap<>();
            for (Juror j : problem.jurors()) {
                if (present.contains(j.id())) {
                    continue;
                }
                Conflicts.Kind kind = AssignmentOptimizer.conflict(problem, d, j);
                if (kind != null) {
                    conflicts.merge(kind, 1, Integer::sum);
                } else {
                    eligible++;
                    if (solution.loads().get(j.id()) >= problem.maxLoad()) {
                        atMax++;
                    }
                }
            }
            assertThat(u.eligible()).isEqualTo(eligible);
            assertThat(u.conflicts()).isEqualTo(conflicts);
            assertThat(u.atMaxLoad()).isEqualTo(atMax);
            // short only when no assignment could fill it: too few eligible, or all eligible ones full
            assertThat(u.atMaxLoad()).isEqualTo(u.eligible());
            assertThat(u.shortage() == Shortage.NOT_ENOUGH_ELIGIBLE)
                    .isEqualTo(present.size() + eligible < problem.k());
        }
    }

    @Property(tries = 150)
    void smallInstancesGetTheBestAssignmentThatExists(@ForAll("smallProblems") Problem problem) {
        Solution solution = optimizer.solve(problem);
        long[] best = BruteForce.best(problem);
        assertThat(BruteForce.score(problem, solution)).containsExactly(best);
    }

    @Example
    void theSolverSeesWhatAGreedyPassMisses() {
        // d1 and d2 both want a health expert... j1 knows health and education, j2 only health.
        // Taking dossiers in order, a greedy pass gives d1 to j1 and leaves d2 without its expert.
        Problem problem = new Problem(
                List.of(dossier(1, "health"), dossier(2, "education")),
                List.of(juror("j1", "health", "education"), juror("j2", "health")),
                Set.of(), Map.of(), 1, 0, 1, 0);
        Solution solution = optimizer.solve(problem);
        assertThat(solution.placements()).containsExactlyInAnyOrder(new Placement(1, "j2", 1.0),
                new Placement(2, "j1", 1.0));
        assertThat(solution.unfilled()).isEmpty();
        assertThat(solution.totalAffinity()).isEqualTo(2.0);
    }

    @Example
    void theMinimumLoadAndTheEvennessOfLoadCostExpertise() {
        List<Dossier> four = List.of(dossier(1, "energy"), dossier(2, "energy"), dossier(3, "energy"),
                dossier(4, "energy"));
        List<Juror> jurors = List.of(juror("expert", "energy"), juror("novice"));
        // expertise only: all four to the expert
        assertThat(loads(optimizer.solve(new Problem(four, jurors, Set.of(), Map.of(), 1, 0, 4, 0))))
                .isEqualTo(Map.of("expert", 4, "novice", 0));
        // a minimum load of 1: the novice gets one, whatever it costs
        assertThat(loads(optimizer.solve(new Problem(four, jurors, Set.of(), Map.of(), 1, 1, 4, 0))))
                .isEqualTo(Map.of("expert", 3, "novice", 1));
        // balance weight 60 per extra dossier: (4,0) costs −400+6·60 = −40, (3,1) −300+3·60 = −120,
        // (2,2) −200+2·60 = −80: the optimum is (3,1)
        Solution balanced = optimizer.solve(new Problem(four, jurors, Set.of(), Map.of(), 1, 0, 4, 60));
        assertThat(loads(balanced)).isEqualTo(Map.of("expert", 3, "novice", 1));
        assertThat(balanced.totalAffinity()).isEqualTo(3.0);
        // balance weight 110 > one expertise match: even load wins, (2,2)
        assertThat(loads(optimizer.solve(new Problem(four, jurors, Set.of(), Map.of(), 1, 0, 4, 110))))
                .isEqualTo(Map.of("expert", 2, "novice", 2));
    }

    @Example
    void theReserveJurorComesLastAmongEquals() {
        List<Dossier> two = List.of(dossier(1, "leaders"), dossier(2, "leaders"));
        Juror chair = new Juror("chair", "ORG-chair", null, Set.of(), 0, true);
        Solution solution = optimizer.solve(new Problem(two, List.of(chair, juror("a"), juror("b")), Set.of(), Map.of(),
                1, 0, 5));
        // nobody is an expert and a and b can fill both places at the same load
        assertThat(solution.placements()).extracting(Placement::juror).containsExactlyInAnyOrder("a", "b");
        // an expert chair is preferred like any expert
        Juror expertChair = new Juror("chair", "ORG-chair", null, Set.of("leaders"), 0, true);
        assertThat(optimizer.solve(new Problem(two.subList(0, 1), List.of(expertChair, juror("a")), Set.of(), Map.of(),
                1, 0, 5)).placements()).extracting(Placement::juror).containsExactly("chair");
        Solution withChair = optimizer.solve(new Problem(two, List.of(chair, juror("a"), juror("b")), Set.of(),
                Map.of(), 3, 0, 5));
        assertThat(withChair.placements()).extracting(Placement::juror).contains("chair");
        assertThat(withChair.unfilled()).isEmpty();
    }

    @Example
    void aDossierNobodyMayTakeIsExplainedByKindOfConflict() {
        Dossier hanoi = new Dossier(7, "health", "UBND-HN", "0100100100", null, "01");
        List<Juror> jurors = List.of(
                new Juror("same-body", "UBND-HN", null, Set.of("health"), 0),
                new Juror("nominee", "0100100100", null, Set.of(), 0),
                new Juror("local1", "X", "01", Set.of(), 0),
                new Juror("local2", "Y", "01", Set.of(), 0),
                new Juror("declared", "Z", null, Set.of("health"), 0),
                new Juror("free", "W", null, Set.of(), 0));
        Problem problem = new Problem(List.of(hanoi), jurors, Set.of(),
                Map.of(new Pair(7, "declared"), Conflicts.Kind.DECLARED), 3, 0, 10);
        Solution solution = optimizer.solve(problem);
        assertThat(solution.placements()).containsExactly(new Placement(7, "free", 0.0));
        assertThat(solution.unfilled()).containsExactly(new Unfilled(7, 2, Shortage.NOT_ENOUGH_ELIGIBLE, 0,
                Map.of(Conflicts.Kind.NOMINATING_BODY, 1, Conflicts.Kind.NOMINEE, 1, Conflicts.Kind.LOCALITY, 2,
                        Conflicts.Kind.DECLARED, 1),
                0));
    }

    @Example
    void aFullCouncilIsALoadLimitAndStartedWorkStays() {
        List<Dossier> dossiers = List.of(dossier(1, "health"), dossier(2, "health"), dossier(3, "health"));
        List<Juror> jurors = List.of(juror("a", "health"), juror("b"), juror("c"));
        // a and b already hold dossiers 1 and 2; maximum load 1: only c is left, for one place
        Problem problem = new Problem(dossiers, jurors, Set.of(new Pair(1, "a"), new Pair(2, "b")), Map.of(), 1, 0, 1);
        Solution solution = optimizer.solve(problem);
        assertThat(solution.placements()).containsExactly(new Placement(3, "c", 0.0));
        assertThat(solution.unfilled()).isEmpty();
        Problem tighter = new Problem(dossiers, jurors, Set.of(new Pair(1, "a"), new Pair(2, "b")), Map.of(), 2, 0, 1);
        Solution short3 = optimizer.solve(tighter);
        assertThat(short3.unfilled()).extracting(Unfilled::shortage).containsOnly(Shortage.LOAD_LIMIT);
        assertThat(short3.unfilled().stream().mapToInt(Unfilled::missing).sum()).isEqualTo(6 - 2 - 1);
    }

    private static Map<String, Integer> loads(Solution solution) {
        return solution.loads();
    }

    private static Dossier dossier(long id, String sector) {
        return new Dossier(id, sector, "BODY" + id, "TAX" + id, null, null);
    }

    private static Juror juror(String id, String... expertise) {
        return new Juror(id, "ORG-" + id, null, Set.of(expertise), 0);
    }

    // --- random instances ---

    @Provide
    Arbitrary<Problem> problems() {
        return problems(25, 10, 4);
    }

    @Provide
    Arbitrary<Problem> smallProblems() {
        return problems(3, 4, 2);
    }

    private static Arbitrary<Problem> problems(int maxDossiers, int maxJurors, int maxK) {
        Arbitrary<List<Dossier>> dossiers = Combinators.combine(Arbitraries.of(SECTORS), Arbitraries.of(ORGS),
                Arbitraries.of(ORGS).injectNull(0.5), Arbitraries.of(PROVINCES).injectNull(0.3))
                .as((sector, body, nominee, province) -> new String[] { sector, body, nominee, province })
                .list().ofMaxSize(maxDossiers).map(specs -> {
                    List<Dossier> list = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        String[] s = specs.get(i);
                        list.add(new Dossier(i + 1, s[0], s[1], s[2], null, s[3]));
                    }
                    return list;
                });
        Arbitrary<List<Juror>> jurors = Combinators.combine(Arbitraries.of(ORGS).injectNull(0.2),
                Arbitraries.of(PROVINCES).injectNull(0.6), Arbitraries.of(SECTORS).set().ofMaxSize(2),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 4))
                .as((org, province, expertise, other, reserve) -> new Object[] { org, province, expertise, other,
                        reserve == 0 })
                .list().ofMaxSize(maxJurors).map(specs -> {
                    List<Juror> list = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Object[] s = specs.get(i);
                        @SuppressWarnings("unchecked")
                        Set<String> expertise = (Set<String>) s[2];
                        list.add(new Juror("j" + i, (String) s[0], (String) s[1], expertise, (Integer) s[3],
                                (Boolean) s[4]));
                    }
                    return list;
                });
        Arbitrary<int[]> settings = Combinators.combine(Arbitraries.integers().between(1, maxK),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 8),
                Arbitraries.of(0, 1, 10, 40, 150)).as((k, min, max, weight) -> new int[] { k, Math.min(min, max), max,
                        weight });
        return Combinators.combine(dossiers, jurors, settings, Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((ds, js, s, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    Set<Pair> fixed = new HashSet<>();
                    Map<Pair, Conflicts.Kind> excluded = new HashMap<>();
                    for (Dossier d : ds) {
                        for (Juror j : js) {
                            Pair pair = new Pair(d.id(), j.id());
                            double r = random.nextDouble();
                            if (r < 0.12) {
                                fixed.add(pair);
                            } else if (r < 0.2) {
                                excluded.put(pair, random.nextBoolean() ? Conflicts.Kind.DECLARED
                                        : Conflicts.Kind.REMOVED);
                            }
                        }
                    }
                    return new Problem(ds, js, fixed, excluded, s[0], s[1], s[2], s[3]);
                });
    }

    /** Tries every assignment of a small instance; scores are compared lexicographically. */
    static final class BruteForce {

        /** {places filled, units of minimum load met, −cost} of a solution: higher is better. */
        static long[] score(Problem problem, Solution solution) {
            Map<String, Integer> added = new HashMap<>();
            long affinity = 0;
            for (Placement p : solution.placements()) {
                added.merge(p.juror(), 1, Integer::sum);
                affinity += gain(problem, p.affinity(),
                        problem.jurors().stream().filter(j -> j.id().equals(p.juror())).findFirst().orElseThrow());
            }
            return score(problem, solution.placements().size(), added, affinity);
        }

        static long[] score(Problem problem, int filled, Map<String, Integer> added, long affinity) {
            long minMet = 0;
            long cost = -affinity;
            for (Juror j : problem.jurors()) {
                int base = j.otherLoad() + (int) problem.fixed().stream().filter(p -> p.juror().equals(j.id())).count();
                int extra = added.getOrDefault(j.id(), 0);
                for (int level = base + 1; level <= base + extra; level++) {
                    cost += (long) problem.balanceWeight() * (level - 1);
                    if (level <= problem.minLoad()) {
                        minMet++;
                    }
                }
            }
            return new long[] { filled, minMet, -cost };
        }

        static long[] best(Problem problem) {
            List<List<List<String>>> choices = new ArrayList<>();
            for (Dossier d : problem.dossiers()) {
                Set<String> present = new HashSet<>();
                problem.fixed().stream().filter(p -> p.dossierId() == d.id()).forEach(p -> present.add(p.juror()));
                int open = Math.max(0, problem.k() - present.size());
                List<String> eligible = problem.jurors().stream()
                        .filter(j -> !present.contains(j.id()) && AssignmentOptimizer.conflict(problem, d, j) == null)
                        .map(Juror::id).toList();
                List<List<String>> subsets = new ArrayList<>();
                for (int mask = 0; mask < (1 << eligible.size()); mask++) {
                    if (Integer.bitCount(mask) <= open) {
                        List<String> subset = new ArrayList<>();
                        for (int b = 0; b < eligible.size(); b++) {
                            if ((mask & (1 << b)) != 0) {
                                subset.add(eligible.get(b));
                            }
                        }
                        subsets.add(subset);
                    }
                }
                choices.add(subsets);
            }
            long[][] best = { null };
            search(problem, choices, 0, new HashMap<>(), 0, 0, best);
            return best[0];
        }

        private static void search(Problem problem, List<List<List<String>>> choices, int d, Map<String, Integer> added,
                int filled, long affinity, long[][] best) {
            if (d == choices.size()) {
                long[] score = score(problem, filled, added, affinity);
                if (best[0] == null || compare(score, best[0]) > 0) {
                    best[0] = score;
                }
                return;
            }
            Dossier dossier = problem.dossiers().get(d);
            for (List<String> subset : choices.get(d)) {
                boolean fits = true;
                for (String juror : subset) {
                    Juror j = problem.jurors().stream().filter(x -> x.id().equals(juror)).findFirst().orElseThrow();
                    int base = j.otherLoad()
                            + (int) problem.fixed().stream().filter(p -> p.juror().equals(juror)).count();
                    if (base + added.getOrDefault(juror, 0) + 1 > problem.maxLoad()) {
                        fits = false;
                    }
                }
                if (!fits) {
                    continue;
                }
                long gain = 0;
                for (String juror : subset) {
                    added.merge(juror, 1, Integer::sum);
                    Juror j = problem.jurors().stream().filter(x -> x.id().equals(juror)).findFirst().orElseThrow();
                    gain += gain(problem, AssignmentOptimizer.affinity(dossier, j), j);
                }
                search(problem, choices, d + 1, added, filled + subset.size(), affinity + gain, best);
                for (String juror : subset) {
                    added.merge(juror, -1, Integer::sum);
                }
            }
        }

        /** What one placement is worth: its affinity, less the reserve cost of a reserve juror. */
        private static long gain(Problem problem, double affinity, Juror juror) {
            return Math.round(affinity * AssignmentOptimizer.AFFINITY_SCALE)
                    - (juror.reserve() ? AssignmentOptimizer.reserveCost(problem) : 0);
        }

        private static int compare(long[] a, long[] b) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return Long.compare(a[i], b[i]);
                }
            }
            return 0;
        }
    }
}
