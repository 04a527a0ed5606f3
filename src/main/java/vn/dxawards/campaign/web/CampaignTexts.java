package vn.dxawards.campaign.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The campaign set-up texts in the person's language, for what Java puts on a page. */
public final class CampaignTexts {

    private CampaignTexts() {
    }

    public static CampaignMessages of(boolean english) {
        return MessageBundles.get(CampaignMessages.class, Localized.Literal.of(english ? "en" : "vi"));
    }
}
