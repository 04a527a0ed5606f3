package vn.dxawards.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import vn.dxawards.decision.signature.Pki;

/**
 * Certification authorities and signers for the external-signing tests: one authority on the
 * application's trust list (the test profile reads {@code target/test-signing/trusted-cas.pem}),
 * one that is not.
 */
public final class TestPki {

    public static final Path TRUST_LIST = Path.of("target/test-signing/trusted-cas.pem");

    private static Pki.KeyAndChain trusted;
    private static Pki.KeyAndChain untrusted;

    private TestPki() {
    }

    /** A signer whose authority is on the trust list (written on first use). */
    public static synchronized Pki.KeyAndChain trustedSigner() {
        if (trusted == null) {
            trusted = signer("CN=Cơ quan chứng thực thử nghiệm (tin cậy),O=DX Awards tests,C=VN",
                    "CN=Nguyễn Văn Chủ Tịch,O=Hội đồng thẩm định,C=VN");
            try {
                Pki.writeAtomically(TRUST_LIST, Pki.pem(List.of(trusted.chain().get(1)))
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trusted;
    }

    /** A signer whose authority nobody configured. */
    public static synchronized Pki.KeyAndChain untrustedSigner() {
        if (untrusted == null) {
            untrusted = signer("CN=Cơ quan chứng thực lạ,O=Unknown,C=VN", "CN=Nguyễn Văn Chủ Tịch,O=Giả mạo,C=VN");
        }
        return untrusted;
    }

    private static Pki.KeyAndChain signer(String authorityName, String signerName) {
        KeyPair authorityKeys = Pki.rsa(2048);
        X509Certificate authority = Pki.authority(authorityKeys, authorityName, Duration.ofDays(365));
        KeyPair signerKeys = Pki.rsa(2048);
        X509Certificate signer = Pki.signer(signerKeys, signerName, authorityKeys, authority, Duration.ofDays(90));
        return new Pki.KeyAndChain(signerKeys.getPrivate(), List.of(signer, authority));
    }
}
