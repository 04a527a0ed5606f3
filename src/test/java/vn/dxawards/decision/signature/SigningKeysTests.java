package vn.dxawards.decision.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.support.PdfTools;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.TestPki;

/**
 * Where the server's signing key comes from: a configured PKCS#12 keystore (as the Helm chart
 * passes it), the demo authority created once and reused, or nothing — then production refuses to
 * sign with a clear message instead of falling back to a demo key.
 */
class SigningKeysTests {

    @Test
    void productionWithoutAKeystoreRefusesToSign() {
        SigningKeys keys = keys(null, null, false, null);

        assertThat(keys.mode()).isEqualTo(SigningKeys.Mode.NONE);
        assertThatThrownBy(keys::signer).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("signing.not_configured");
        });
        assertThat(keys.trustAnchors()).as("no demo authority slips into the trust list").isEmpty();
    }

    @Test
    void aConfiguredKeystoreSignsAndItsAuthorityIsTrusted(@TempDir Path dir) throws Exception {
        Pki.KeyAndChain chair = TestPki.trustedSigner();
        Path keystore = dir.resolve("keystore.p12");
        Files.write(keystore, Pki.pkcs12("chu-tich", chair, "mat-khau".toCharArray()));
        SigningKeys keys = keys(keystore.toString(), "mat-khau", false, null);

        assertThat(keys.mode()).isEqualTo(SigningKeys.Mode.CONFIGURED);
        assertThat(keys.signer().certificate()).isEqualTo(chair.certificate());
        assertThat(keys.trustAnchors()).extracting(a -> a.getTrustedCert()).containsExactly(chair.chain().get(1));
        byte[] signed = PadesSigner.sign(Pdfs.onePage(), keys.signer(),
                new PadesSigner.Details("Chủ tịch", "Phê duyệt", "Hà Nội", Instant.now()));
        assertThat(PdfSignatureVerifier.verify(signed, keys.trustAnchors(), null, null).valid()).isTrue();
        assertThat(PdfTools.pdfsig(signed)).contains("Signature Validation: Signature is Valid.");

        SigningKeys wrongPassword = keys(keystore.toString(), "sai", false, null);
        assertThatThrownBy(wrongPassword::signer).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("signing.keystore_unreadable"));
    }

    @Test
    void theDemoAuthorityIsCreatedOnceAndReused(@TempDir Path dir) {
        SigningKeys first = keys(null, null, true, dir.toString());
        assertThat(first.mode()).isEqualTo(SigningKeys.Mode.DEMO);
        Pki.KeyAndChain created = first.signer();

        assertThat(created.certificate().getSubjectX500Principal().getName()).contains("DEMO");
        assertThat(((java.security.interfaces.RSAPublicKey) created.certificate().getPublicKey()).getModulus()
                .bitLength()).isEqualTo(3072);
        assertThat(dir.resolve("demo-chair.p12")).exists();
        assertThat(dir.resolve("demo-ca.pem")).exists();
        assertThat(keys(null, null, true, dir.toString()).signer().certificate()).as("after a restart")
                .isEqualTo(created.certificate());
    }

    private static SigningKeys keys(String keystore, String password, boolean demo, String demoDir) {
        SigningKeys keys = new SigningKeys();
        keys.config = new SigningConfig() {
            @Override
            public Optional<String> keystore() {
                return Optional.ofNullable(keystore);
            }

            @Override
            public Optional<String> keystorePassword() {
                return Optional.ofNullable(password);
            }

            @Override
            public Optional<String> keyAlias() {
                return Optional.empty();
            }

            @Override
            public Optional<String> trustStore() {
                return Optional.empty();
            }

            @Override
            public Optional<String> trustStorePassword() {
                return Optional.empty();
            }

            @Override
            public boolean demo() {
                return demo;
            }

            @Override
            public String demoDir() {
                return demoDir == null ? "target/never-used" : demoDir;
            }
        };
        return keys;
    }
}
