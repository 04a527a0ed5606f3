package vn.dxawards.appraisal.service;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.dxawards.appraisal.model.Recusals;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilRefreshed;

/**
 * The campaign's {@link Recusals}, loaded once per request (a list of a hundred dossiers asks
 * about each; a vote asks several times). Outside a request (the engine's jobs) each question
 * loads them afresh. Forgotten when the council is refreshed or a conflict is declared.
 */
@ApplicationScoped
public class RecusalCache {

    @Inject
    PerRequest perRequest;

    public Recusals of(Campaign campaign) {
        if (!Arc.container().requestContext().isActive()) {
            return Recusals.of(campaign);
        }
        return perRequest.byCampaign.computeIfAbsent(campaign.id, id -> Recusals.of(campaign));
    }

    public void forget() {
        if (Arc.container().requestContext().isActive()) {
            perRequest.byCampaign.clear();
        }
    }

    void onCouncilRefreshed(@Observes CouncilRefreshed refreshed) {
        forget();
    }

    /** The request's loaded recusals, by campaign id. */
    @RequestScoped
    static class PerRequest {
        final Map<Long, Recusals> byCampaign = new HashMap<>();
    }
}
