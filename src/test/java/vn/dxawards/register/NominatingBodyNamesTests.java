package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.service.NominatingBodies;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.RealmBodies;

/**
 * A nominating body is shown by the name the identity provider gives it (the body's group in
 * Keycloak, read through the admin API), not by the code its users carry: on the dossier, in the
 * register and its filter; and its locality follows the directory.
 */
@QuarkusTest
class NominatingBodyNamesTests {

    static final String HAI_PHONG = "Ủy ban nhân dân thành phố Hải Phòng";

    @Inject
    NominatingBodies bodies;

    @Test
    void aBodyIsShownByTheNameTheIdentityProviderGivesIt() {
        RealmBodies.ensure();
        String campaign = Fixtures.newCampaign("body-names");
        long id = ((Number) Api.as("nominator.haiphong").body(Fixtures.unitDossier(Fixtures.SECTOR_A,
                "Bệnh viện Hữu nghị Việt Tiệp", "N31", "0200900551")).post("/api/campaigns/" + campaign + "/dossiers")
                .then().statusCode(201).extract().path("id")).longValue();

        bodies.refresh();

        var dossier = Api.as("nominator.haiphong").get("/api/dossiers/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(dossier.getString("bodyCode")).isEqualTo("UBND-HP");
        assertThat(dossier.getString("bodyName")).isEqualTo(HAI_PHONG);
        assertThat(Api.as("secretary1").get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract()
                .jsonPath().getString("find { it.id == " + id + " }.bodyName")).isEqualTo(HAI_PHONG);
        NominatingBody vinasa = QuarkusTransaction.requiringNew().call(() -> NominatingBody.findById("VINASA"));
        assertThat(vinasa.name).as("a body known to the directory before its first dossier")
                .startsWith("Hiệp hội Phần mềm");
        assertThat(QuarkusTransaction.requiringNew().call(() -> NominatingBody.<NominatingBody>findById("UBND-HP")
                .provinceCode)).isEqualTo("N31");
        assertThat(bodies.refresh()).as("nothing changed since").isZero();
    }
}
