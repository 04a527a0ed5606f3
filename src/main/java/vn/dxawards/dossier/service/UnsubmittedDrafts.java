package vn.dxawards.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.UnfinishedWork;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;

/** The campaign's drafts not yet submitted: what closing nomination early leaves behind. */
@ApplicationScoped
public class UnsubmittedDrafts implements UnfinishedWork {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unsubmittedDrafts(Campaign campaign) {
        return Dossier.countInStatus(campaign, DossierStatus.DRAFT);
    }
}
