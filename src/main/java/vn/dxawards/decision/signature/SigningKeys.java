package vn.dxawards.decision.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.dxawards.platform.errors.DomainException;

/**
 * The server's signing key and the trust list. With {@code dx.signing.keystore} set, the key comes
 * from that PKCS#12 file. Without it, the demo, dev and test profiles create a demo certification
 * authority and a demo chair certificate (RSA 3072) at the first start, keep them in
 * {@code dx.signing.demo-dir} and reuse them afterwards; production refuses to sign.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    static final String DEMO_ALIAS = "chair";
    static final char[] DEMO_PASSWORD = "demo".toCharArray();

    /** How the server signs. */
    public enum Mode {
        /** a keystore given by the deployment */
        CONFIGURED,
        /** the demo authority created by the application itself: no legal value */
        DEMO,
        /** no key: only external signing */
        NONE
    }

    @Inject
    SigningConfig config;

    private Pki.KeyAndChain signer;

    /**
     * The demo authority exists from the first run on, so the demo's first signature does not wait for
     * key generation. It is made beside the start, not in its way: generating the RSA keys takes a second
     * or more of CPU, and a signature asked for meanwhile waits for it ({@link #signer()} is synchronized).
     */
    void createDemoAuthorityAtStart(@Observes StartupEvent start) {
        if (mode() == Mode.DEMO) {
            Thread thread = new Thread(() -> {
                try {
                    signer();
                } catch (RuntimeException e) {
                    LOG.warnf("The demo signing authority could not be made at start: %s", e.toString());
                }
            }, "demo-signing-keys");
            thread.setDaemon(true);
            thread.start();
        }
    }

    public Mode mode() {
        if (config.keystore().filter(p -> !p.isBlank()).isPresent()) {
            return Mode.CONFIGURED;
        }
        return config.demo() ? Mode.DEMO : Mode.NONE;
    }

    /** The key the server signs with; 503 when none is configured (production without a keystore). */
    public synchronized Pki.KeyAndChain signer() {
        if (signer != null) {
            return signer;
        }
        try {
            signer = switch (mode()) {
                case CONFIGURED -> Pki.readKey(Files.readAllBytes(Path.of(config.keystore().orElseThrow())),
                        config.keystorePassword().orElse("").toCharArray(), config.keyAlias().orElse(null));
                case DEMO -> demo();
                case NONE -> throw new DomainException(503, "signing.not_configured");
            };
        } catch (IOException | GeneralSecurityException e) {
            LOG.errorf("The signing keystore %s cannot be read: %s", config.keystore().orElse("(demo)"), e.toString());
            throw new DomainException(503, "signing.keystore_unreadable");
        }
        return signer;
    }

    /**
     * The certificates an uploaded signature must chain to: the trust list file, plus the
     * authorities of the server's own key (the demo authority in the demo), so that the
     * organisation's own certificates are accepted back.
     */
    public Set<TrustAnchor> trustAnchors() {
        Set<X509Certificate> trusted = new LinkedHashSet<>();
        if (config.trustStore().filter(p -> !p.isBlank()).isPresent()) {
            Path file = Path.of(config.trustStore().orElseThrow());
            try {
                trusted.addAll(Pki.readCertificates(Files.readAllBytes(file),
                        config.trustStorePassword().orElse("").toCharArray()));
            } catch (IOException | GeneralSecurityException e) {
                LOG.errorf("The signing trust list %s cannot be read: %s", file, e.toString());
                throw new DomainException(503, "signing.trust_list_unreadable");
            }
        }
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        trusted.forEach(certificate -> anchors.add(new TrustAnchor(certificate, null)));
        if (mode() != Mode.NONE) {
            anchors.addAll(ownAnchors());
        }
        return anchors;
    }

    /** The authorities of the server's own key (the key's certificate itself when self-signed). */
    public Set<TrustAnchor> ownAnchors() {
        List<X509Certificate> chain = signer().chain();
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        (chain.size() > 1 ? chain.subList(1, chain.size()) : chain)
                .forEach(certificate -> anchors.add(new TrustAnchor(certificate, null)));
        return anchors;
    }

    private Pki.KeyAndChain demo() throws IOException, GeneralSecurityException {
        Path dir = Path.of(config.demoDir());
        Path keystore = dir.resolve("demo-chair.p12");
        if (!Files.exists(keystore)) {
            KeyPair authorityKeys = Pki.rsa(3072);
            X509Certificate authority = Pki.authority(authorityKeys,
                    "CN=DX Awards Demo CA (không có giá trị pháp lý),O=DX Awards (demo),C=VN", Duration.ofDays(3650));
            KeyPair chairKeys = Pki.rsa(3072);
            X509Certificate chair = Pki.signer(chairKeys,
                    "CN=Chủ tịch Hội đồng thẩm định (DEMO),O=DX Awards (demo),C=VN", authorityKeys, authority,
                    Duration.ofDays(1825));
            Pki.KeyAndChain entry = new Pki.KeyAndChain(chairKeys.getPrivate(), List.of(chair, authority));
            Pki.writeAtomically(dir.resolve("demo-ca.pem"),
                    Pki.pem(new ArrayList<>(List.of(authority))).getBytes(StandardCharsets.US_ASCII));
            Pki.writeAtomically(keystore, Pki.pkcs12(DEMO_ALIAS, entry, DEMO_PASSWORD));
            LOG.warnf("Created a DEMO certification authority and chair certificate in %s: signatures made with it "
                    + "have no legal value. Set DX_SIGNING_KEYSTORE for a real key.", dir.toAbsolutePath());
        }
        return Pki.readKey(Files.readAllBytes(keystore), DEMO_PASSWORD, DEMO_ALIAS);
    }
}
