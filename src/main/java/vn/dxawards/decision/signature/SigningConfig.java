package vn.dxawards.decision.signature;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the decision's signing key and the trust list come from ({@code DX_SIGNING_*}; the Helm
 * chart sets {@code DX_SIGNING_KEYSTORE} and {@code DX_SIGNING_KEYSTORE_PASSWORD} from a secret).
 */
@ConfigMapping(prefix = "dx.signing")
public interface SigningConfig {

    /** The PKCS#12 keystore holding the chair's (or the organisation's) key and certificate chain. */
    Optional<String> keystore();

    Optional<String> keystorePassword();

    /** The key's alias in the keystore; the first key entry when absent. */
    Optional<String> keyAlias();

    /**
     * Certificates of the certification authorities whose certificates may sign decisions uploaded
     * after external signing: a PEM bundle or a PKCS#12 file of trusted certificates.
     */
    Optional<String> trustStore();

    Optional<String> trustStorePassword();

    /**
     * Without a keystore, create a demo CA and a demo chair certificate at first run (demo, dev
     * and test profiles only; production refuses to sign without a keystore).
     */
    @WithDefault("false")
    boolean demo();

    /** Where the demo CA and the demo chair's keystore are kept and reused. */
    @WithDefault("./data/signing")
    String demoDir();
}
