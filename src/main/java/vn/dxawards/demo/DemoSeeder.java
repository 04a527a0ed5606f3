package vn.dxawards.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignDefinition;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.dossier.model.NominatingBody;

/**
 * The demo campaign of the run command: {@code top100-demo} in its nomination phase, with windows
 * from today, and the nominating bodies of the demo realm's users. Only when {@code dx.demo.seed}
 * is on, and only once.
 */
@ApplicationScoped
public class DemoSeeder {

    static final String CAMPAIGN = "top100-demo";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    @ConfigProperty(name = "dx.demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject
    CampaignService campaigns;

    @Inject
    ObjectMapper json;

    void seed(@Observes @Priority(20) StartupEvent event) {
        if (enabled) {
            seedNow();
        }
    }

    @Transactional
    void seedNow() {
        body("UBND-HN", "UBND Thành phố Hà Nội", "01");
        body("UBND-DN", "UBND Thành phố Đà Nẵng", "N48");
        body("UBND-HCM", "UBND Thành phố Hồ Chí Minh", "N79");
        body("UBND-HP", "UBND Thành phố Hải Phòng", "N31");
        body("VINASA", "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam", null);
        if (Campaign.byCode(CAMPAIGN).isPresent()) {
            return;
        }
        campaigns.create(definition(Times.today()), User.SYSTEM);
        LOG.infof("Demo campaign %s created (phase NOMINATION)", CAMPAIGN);
    }

    /** The demo definition with its windows placed from {@code today}. */
    CampaignDefinition definition(LocalDate today) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/top100-demo.json")) {
            CampaignDefinition template = json.readValue(in, CampaignDefinition.class);
            CampaignDefinition.Windows windows = new CampaignDefinition.Windows(
                    new CampaignDefinition.Window(today.minusDays(1), today.plusDays(30)),
                    new CampaignDefinition.Window(today.plusDays(31), today.plusDays(60)),
                    today.plusDays(75), today.plusDays(90), today.plusDays(120));
            return new CampaignDefinition(template.code(), template.name(), today.getYear(), template.awardCount(),
                    windows, template.settings(), template.blocks(), template.categories());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(String code, String name, String province) {
        if (NominatingBody.findById(code) == null) {
            NominatingBody body = new NominatingBody();
            body.code = code;
            body.name = name;
            body.provinceCode = province;
            body.persist();
        }
    }
}
