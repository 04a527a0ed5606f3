package vn.dxawards.dossier.service;

import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.directory.CouncilDirectory;
import vn.dxawards.platform.directory.CouncilDirectory.Body;

/**
 * The nominating bodies' names and localities, as the identity provider keeps them (a group per
 * body, with the {@code org} code its users carry): read at start and every few minutes, so that
 * pages, registers and exports show "Ủy ban nhân dân thành phố Hà Nội" rather than a code, and a
 * body's locality follows the directory instead of staying as first seen. A body the directory
 * does not name keeps its code as its name. An outage changes nothing; the next round catches up.
 */
@ApplicationScoped
public class NominatingBodies {

    private static final Logger LOG = Logger.getLogger(NominatingBodies.class);

    @Inject
    CouncilDirectory directory;

    @Scheduled(identity = "nominating-bodies", every = "${dx.directory.bodies-refresh-interval:10m}",
            delayed = "${dx.directory.bodies-refresh-delay:20s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("Nominating bodies' names not read from the identity provider this time: %s", e.toString());
        }
    }

    /** Reads the bodies from the directory (outside any transaction) and records them; answers how many changed. */
    public int refresh() {
        List<Body> bodies = directory.bodies();
        return QuarkusTransaction.requiringNew().call(() -> record(bodies));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int record(List<Body> bodies) {
        int changed = 0;
        for (Body known : bodies) {
            String province = known.province() != null && Locality.findById(known.province()) != null
                    ? known.province() : null;
            NominatingBody body = NominatingBody.ensure(known.code(), known.name(), province);
            boolean renamed = !known.name().equals(body.name);
            boolean moved = province != null && !province.equals(body.provinceCode);
            if (renamed || moved) {
                body.name = known.name();
                body.provinceCode = province != null ? province : body.provinceCode;
                changed++;
            }
        }
        return changed;
    }
}
