package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.Conflicts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Assigns jurors to dossiers as a minimum-cost flow (Google OR-Tools): source → dossier (its empty
 * places) → eligible juror (one unit, cost −affinity) → sink (one arc per extra unit of load up to
 * the maximum, at a rising cost so that load stays even; the units below the minimum load carry a
 * large bonus). The solver first maximises the number of places filled, then minimises the cost:
 * minimum loads first, then affinity against evenness of load.
 *
 * <p>Hard constraints: never a conflicted juror (organisation is the nominating body or the nominee,
 * local juror, declared conflict, removed by hand), at most k jurors per dossier, at most the
 * maximum load per juror, fixed (started or existing) assignments kept as they are. Engine-free and
 * database-free: the service builds the {@link Problem} from the campaign.
 */
public final class AssignmentOptimizer {

    /** Cost units of one full expertise match (affinity 1.0). */
    public static final int AFFINITY_SCALE = 100;

    /**
     * Default cost of each extra dossier already on a juror's desk, per dossier: an expert is
     * preferred over a non-expert while their load is at most AFFINITY_SCALE / BALANCE_WEIGHT
     * dossiers higher. Chosen with the benchmark (docs/performance.md).
     */
    public static final int BALANCE_WEIGHT = 40;

    /**
     * A juror: affiliation and locality (for conflicts), expertise (category codes), load from
     * outside the problem; a {@code reserve} juror (the chair, who also signs the decision) comes
     * last among equals.
     */
    public record Juror(String id, String org, String province, Set<String> expertise, int otherLoad, boolean reserve) {
        public Juror {
            Objects.requireNonNull(id);
            expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
        }

        public Juror(String id, String org, String province, Set<String> expertise, int otherLoad) {
            this(id, org, province, expertise, otherLoad, false);
        }
    }

    /** A dossier: its category (sector), nominating body, nominee codes and locality. */
    public record Dossier(long id, String category, String bodyCode, String nomineeCode, String nomineeOrganizationCode,
            String locality) {
    }

    /** A dossier–juror pair. */
    public record Pair(long dossierId, String juror) {
    }

    /**
     * What to solve. {@code fixed}: assignments that stay (they fill places and count as load);
     * {@code excluded}: declared conflicts and removals, by pair; {@code balanceWeight}: see
     * {@link #BALANCE_WEIGHT}.
     */
    public record Problem(List<Dossier> dossiers, List<Juror> jurors, Set<Pair> fixed,
            Map<Pair, Conflicts.Kind> excluded, int k, int minLoad, int maxLoad, int balanceWeight) {
        public Problem {
            dossiers = List.copyOf(dossiers);
            jurors = List.copyOf(jurors);
            fixed = Set.copyOf(fixed);
            excluded = Map.copyOf(excluded);
            if (k < 1 || minLoad < 0 || maxLoad < 1 || minLoad > maxLoad || balanceWeight < 0) {
                throw new IllegalArgumentException("k ≥ 1, 0 ≤ minLoad ≤ maxLoad, maxLoad ≥ 1, balanceWeight ≥ 0");
            }
        }

        public Problem(List<Dossier> dossiers, List<Juror> jurors, Set<Pair> fixed, Map<Pair, Conflicts.Kind> excluded,
                int k, int minLoad, int maxLoad) {
            this(dossiers, jurors, fixed, excluded, k, minLoad, maxLoad, BALANCE_WEIGHT);
        }
    }

    /** A new assignment and its affinity (1.0 when the dossier's sector is among the juror's expertise). */
    public record Placement(long dossierId, String juror, double affinity) {
        public boolean expert() {
            return affinity > 0;
        }
    }

    /** Why a dossier did not get k jurors. */
    public enum Shortage {
        /** Fewer than k jurors are free of conflict with it. */
        NOT_ENOUGH_ELIGIBLE,
        /** Enough eligible jurors, but every one not on it has reached the maximum load. */
        LOAD_LIMIT
    }

    /**
     * A dossier with {@code missing} empty places: how many jurors are eligible (not on it, no
     * conflict), the conflicts that ruled the others out by kind, and how many eligible jurors are
     * at their maximum load.
     */
    public record Unfilled(long dossierId, int missing, Shortage shortage, int eligible,
            Map<Conflicts.Kind, Integer> conflicts, int atMaxLoad) {
    }

    /** A juror whose load stays below the minimum, with the number of dossiers of the problem they may take at all. */
    public record BelowMinimum(String juror, int load, int minLoad, int eligibleDossiers) {
    }

    /** The new assignments, the dossiers left short and why, the jurors below the minimum, every juror's load after. */
    public record Solution(List<Placement> placements, List<Unfilled> unfilled, List<BelowMinimum> belowMinimum,
            Map<String, Integer> loads) {

        public double totalAffinity() {
            return placements.stream().mapToDouble(Placement::affinity).sum();
        }
    }

    private static volatile boolean loaded;

    private static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (AssignmentOptimizer.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** 1.0 when the dossier's category is among the juror's expertise, else 0. */
    public static double affinity(Dossier dossier, Juror juror) {
        return dossier.category() != null && juror.expertise().contains(dossier.category()) ? 1.0 : 0.0;
    }

    /** Why the juror may not take the dossier, or null when they may (hard constraint). */
    public static Conflicts.Kind conflict(Problem problem, Dossier dossier, Juror juror) {
        Conflicts.Kind declared = problem.excluded().get(new Pair(dossier.id(), juror.id()));
        if (declared != null) {
            return declared;
        }
        return Conflicts.detected(juror.org(), juror.province(), dossier.bodyCode(), dossier.nomineeCode(),
                dossier.nomineeOrganizationCode(), dossier.locality());
    }

    public Solution solve(Problem problem) {
        List<Dossier> dossiers = problem.dossiers();
        List<Juror> jurors = problem.jurors();
        Map<String, Integer> jurorIndex = new HashMap<>();
        for (int j = 0; j < jurors.size(); j++) {
            if (jurorIndex.put(jurors.get(j).id(), j) != null) {
                throw new IllegalArgumentException("duplicate juror " + jurors.get(j).id());
            }
        }
        Map<Long, Set<String>> onDossier = new HashMap<>();
        int[] load = new int[jurors.size()];
        for (int j = 0; j < jurors.size(); j++) {
            load[j] = jurors.get(j).otherLoad();
        }
        for (Pair pair : problem.fixed()) {
            onDossier.computeIfAbsent(pair.dossierId(), id -> new HashSet<>()).add(pair.juror());
            Integer j = jurorIndex.get(pair.juror());
            if (j != null) {
                load[j]++;
            }
        }

        // Eligible pairs: every juror who is not on the dossier yet and has no conflict with it.
        int[] open = new int[dossiers.size()];
        List<int[]> candidates = new ArrayList<>();
        int[] eligibleDossiers = new int[jurors.size()];
        for (int d = 0; d < dossiers.size(); d++) {
            Dossier dossier = dossiers.get(d);
            Set<String> present = onDossier.getOrDefault(dossier.id(), Set.of());
            open[d] = Math.max(0, problem.k() - present.size());
            for (int j = 0; j < jurors.size(); j++) {
                Juror juror = jurors.get(j);
                if (!present.contains(juror.id()) && conflict(problem, dossier, juror) == null) {
                    eligibleDossiers[j]++;
                    if (open[d] > 0) {
                        candidates.add(new int[] { d, j });
                    }
                }
            }
        }

        int source = 0;
        int sink = 1 + dossiers.size() + jurors.size();
        MinCostFlow flow = null;
        int[] pairArc = new int[candidates.size()];
        long maxLevel = problem.maxLoad();
        long reserveCost = reserveCost(problem);
        long minBonus = (AFFINITY_SCALE + reserveCost) * (jurors.size() + 1) + 2L * problem.balanceWeight() * maxLevel
                + 1;
        long supply = 0;
        if (!candidates.isEmpty()) {
            loadNativeLibraries();
            flow = new MinCostFlow();
            for (int d = 0; d < dossiers.size(); d++) {
                if (open[d] > 0) {
                    flow.addArcWithCapacityAndUnitCost(source, 1 + d, open[d], 0);
                    supply += open[d];
                }
            }
            for (int c = 0; c < candidates.size(); c++) {
                int d = candidates.get(c)[0];
                int j = candidates.get(c)[1];
                long cost = -Math.round(AFFINITY_SCALE * affinity(dossiers.get(d), jurors.get(j)))
                        + (jurors.get(j).reserve() ? reserveCost : 0);
                pairArc[c] = flow.addArcWithCapacityAndUnitCost(1 + d, 1 + dossiers.size() + j, 1, cost);
            }
            for (int j = 0; j < jurors.size(); j++) {
                int highest = Math.min(problem.maxLoad(), load[j] + eligibleDossiers[j]);
                for (int level = load[j] + 1; level <= highest; level++) {
                    long cost = (long) problem.balanceWeight() * (level - 1) - (level <= problem.minLoad() ? minBonus : 0);
                    flow.addArcWithCapacityAndUnitCost(1 + dossiers.size() + j, sink, 1, cost);
                }
            }
            flow.setNodeSupply(source, supply);
            flow.setNodeSupply(sink, -supply);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow answered " + status);
            }
        }

        List<Placement> placements = new ArrayList<>();
        int[] filled = new int[dossiers.size()];
        Map<Long, Set<String>> placed = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (flow.getFlow(pairArc[c]) > 0) {
                int d = candidates.get(c)[0];
                int j = candidates.get(c)[1];
                Dossier dossier = dossiers.get(d);
                Juror juror = jurors.get(j);
                placements.add(new Placement(dossier.id(), juror.id(), affinity(dossier, juror)));
                placed.computeIfAbsent(dossier.id(), id -> new HashSet<>()).add(juror.id());
                filled[d]++;
                load[j]++;
            }
        }

        List<Unfilled> unfilled = new ArrayList<>();
        for (int d = 0; d < dossiers.size(); d++) {
            int missing = open[d] - filled[d];
            if (missing > 0) {
                unfilled.add(explain(problem, dossiers.get(d), missing, onDossier.getOrDefault(dossiers.get(d).id(),
                        Set.of()), placed.getOrDefault(dossiers.get(d).id(), Set.of()), load));
            }
        }
        List<BelowMinimum> below = new ArrayList<>();
        Map<String, Integer> loads = new LinkedHashMap<>();
        for (int j = 0; j < jurors.size(); j++) {
            loads.put(jurors.get(j).id(), load[j]);
            if (load[j] < problem.minLoad()) {
                below.add(new BelowMinimum(jurors.get(j).id(), load[j], problem.minLoad(), eligibleDossiers[j]));
            }
        }
        return new Solution(placements, unfilled, below, loads);
    }

    /** The cost of each dossier given to a reserve juror: less than any difference of expertise or load, a tie-break. */
    public static long reserveCost(Problem problem) {
        return 1;
    }

    private static Unfilled explain(Problem problem, Dossier dossier, int missing, Collection<String> fixed,
            Collection<String> placed, int[] load) {
        Map<Conflicts.Kind, Integer> conflicts = new EnumMap<>(Conflicts.Kind.class);
        int eligible = 0;
        int atMax = 0;
        List<Juror> jurors = problem.jurors();
        for (int j = 0; j < jurors.size(); j++) {
            Juror juror = jurors.get(j);
            if (fixed.contains(juror.id()) || placed.contains(juror.id())) {
                continue;
            }
            Conflicts.Kind kind = conflict(problem, dossier, juror);
            if (kind != null) {
                conflicts.merge(kind, 1, Integer::sum);
            } else {
                eligible++;
                if (load[j] >= problem.maxLoad()) {
                    atMax++;
                }
            }
        }
        // eligible + those already on it < k: no assignment at all could fill it
        Shortage shortage = fixed.size() + placed.size() + eligible < problem.k() ? Shortage.NOT_ENOUGH_ELIGIBLE
                : Shortage.LOAD_LIMIT;
        return new Unfilled(dossier.id(), missing, shortage, eligible, conflicts, atMax);
    }
}
