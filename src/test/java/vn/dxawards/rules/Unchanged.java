package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.dxawards.support.Api;

/**
 * What a refused request must leave as it was, read through the API before and after: a dossier
 * as someone sees it, its audit trail, its open tasks, a campaign's dossier lists, a scorecard.
 */
final class Unchanged {

    private final Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
    private final Map<String, Object> before = new LinkedHashMap<>();

    private Unchanged() {
    }

    /** The dossier as {@code reader} sees it, its audit trail and the open tasks on it. */
    static Unchanged dossier(long id, String reader) {
        return new Unchanged()
                // less the body's display name, which the directory's refresh may fill in meanwhile
                .read("dossier " + id + " as " + reader, () -> withoutBodyName(get(reader, "/api/dossiers/" + id)))
                // a refusal leaves its own audit line (REFUSED) and nothing else
                .read("audit trail of " + id, () -> Api.as("secretary1").get("/api/dossiers/" + id + "/audit").then()
                        .statusCode(200).extract().jsonPath().getList("findAll { it.action != 'REFUSED' }"))
                .read("secretariat's tasks on " + id, () -> tasksOn(id, "secretary1"))
                .read(reader + "'s tasks on " + id, () -> tasksOn(id, reader));
    }

    /** The dossiers of a campaign as a nominator and as the secretariat list them. */
    static Unchanged campaignDossiers(String campaign, String nominator) {
        return new Unchanged()
                .read(nominator + "'s dossiers", () -> get(nominator, "/api/dossiers?campaign=" + campaign))
                .read("all dossiers", () -> get("secretary1", "/api/dossiers?campaign=" + campaign));
    }

    /** A juror's own scorecard and every submitted one, as the secretariat reads them. */
    static Unchanged scorecards(long dossier, String juror) {
        return new Unchanged()
                .read(juror + "'s scorecard", () -> get(juror, "/api/dossiers/" + dossier + "/scorecards/mine"))
                .read("submitted scorecards", () -> get("secretary1", "/api/dossiers/" + dossier + "/scorecards"));
    }

    /** The campaign's ranking with its vote counts, as the secretariat reads it. */
    static Unchanged ranking(String campaign) {
        return new Unchanged().read("ranking", () -> get("secretary1", "/api/campaigns/" + campaign + "/ranking"));
    }

    Unchanged and(Unchanged other) {
        reads.putAll(other.reads);
        before.putAll(other.before);
        return this;
    }

    void verify() {
        reads.forEach((name, read) -> assertThat(read.get()).as(name).isEqualTo(before.get(name)));
    }

    private Unchanged read(String name, Supplier<Object> read) {
        reads.put(name, read);
        before.put(name, read.get());
        return this;
    }

    private static Object withoutBodyName(Object dossier) {
        java.util.Map<?, ?> copy = new java.util.LinkedHashMap<>((java.util.Map<?, ?>) dossier);
        copy.remove("bodyName");
        return copy;
    }

    private static Object get(String user, String path) {
        return Api.as(user).get(path).then().statusCode(200).extract().jsonPath().get("$");
    }

    private static List<Object> tasksOn(long dossier, String user) {
        return Api.as(user).get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.dossierId == " + dossier + " }");
    }
}
