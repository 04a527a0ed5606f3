package vn.dxawards.decision.signature;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies the signatures of a PDF as a relying party would: each signature's byte range covers
 * the whole file but its own {@code /Contents}; its CMS digest and signature are valid (SHA-256 or
 * stronger; RSA ≥ 2048 bits or EC ≥ 256); the signer's certificate was valid at the signing time,
 * may sign (digital signature or non-repudiation) and chains to a trusted authority (revocation is
 * not checked: no CRL or OCSP is reachable from here); the last signature covers the whole file,
 * so nothing was added unsigned. Given the prepared document, it also checks that the file is an
 * incremental update on top of exactly those bytes, with the same page content.
 */
public final class PdfSignatureVerifier {

    private static final Set<String> DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());
    private static final Set<COSName> SUB_FILTERS = Set.of(PadesSigner.ETSI_CADES_DETACHED,
            COSName.getPDFName("adbe.pkcs7.detached"));
    /** Clock skew allowed between the signer's device and the server. */
    private static final Duration SKEW = Duration.ofMinutes(10);

    /** One valid signature. */
    public record Signed(String signer, String issuer, Instant signedAt, String subFilter, int keyBits) {
    }

    /**
     * The outcome: valid with its signatures, or the first failure as a message key of
     * {@code messages/errors*.properties} with its arguments.
     */
    public record Verification(List<Signed> signatures, String failure, Object... args) {
        public boolean valid() {
            return failure == null;
        }

        static Verification failed(String failure, Object... args) {
            return new Verification(List.of(), failure, args);
        }
    }

    private PdfSignatureVerifier() {
    }

    /**
     * @param prepared the prepared document the file must be signed on top of, or {@code null}
     * @param notBefore the earliest acceptable signing time (the preparation), or {@code null}
     */
    public static Verification verify(byte[] pdf, Set<TrustAnchor> anchors, byte[] prepared, Instant notBefore) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = new ArrayList<>(document.getSignatureDictionaries());
            if (signatures.isEmpty()) {
                return Verification.failed("signature.none");
            }
            for (PDSignature signature : signatures) {
                if (!wellFormedRange(signature.getByteRange(), pdf)) {
                    return Verification.failed("signature.byte_range");
                }
            }
            signatures.sort(Comparator.comparingLong(s -> end(s.getByteRange())));
            if (prepared != null) {
                String different = differsFromPrepared(pdf, document, prepared, signatures.get(0));
                if (different != null) {
                    return Verification.failed(different);
                }
            }
            List<Signed> valid = new ArrayList<>();
            for (PDSignature signature : signatures) {
                Object result = check(signature, pdf, anchors, notBefore);
                if (result instanceof Verification failure) {
                    return failure;
                }
                valid.add((Signed) result);
            }
            if (end(signatures.get(signatures.size() - 1).getByteRange()) != pdf.length) {
                return Verification.failed("signature.unsigned_changes");
            }
            return new Verification(valid, null);
        } catch (IOException e) {
            return Verification.failed("signature.unreadable");
        }
    }

    private static long end(int[] range) {
        return (long) range[2] + range[3];
    }

    /** [0, a, b, c] with the gap between a and b exactly the hex string of /Contents. */
    private static boolean wellFormedRange(int[] range, byte[] pdf) {
        return range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] + 1
                && range[3] >= 0 && end(range) <= pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }

    private static String differsFromPrepared(byte[] pdf, PDDocument signed, byte[] prepared, PDSignature first)
            throws IOException {
        if (pdf.length <= prepared.length
                || !Arrays.equals(pdf, 0, prepared.length, prepared, 0, prepared.length)
                || first.getByteRange()[1] < prepared.length) {
            return "signature.not_prepared_document";
        }
        try (PDDocument original = Loader.loadPDF(prepared)) {
            if (original.getNumberOfPages() != signed.getNumberOfPages()) {
                return "signature.content_changed";
            }
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                if (!Arrays.equals(content(original.getPage(i)), content(signed.getPage(i)))
                        || !original.getPage(i).getMediaBox().toString().equals(signed.getPage(i).getMediaBox()
                                .toString())) {
                    return "signature.content_changed";
                }
            }
        }
        return null;
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    private static Object check(PDSignature signature, byte[] pdf, Set<TrustAnchor> anchors, Instant notBefore)
            throws IOException {
        if (!SUB_FILTERS.contains(signature.getCOSObject().getCOSName(COSName.SUB_FILTER))) {
            return Verification.failed("signature.sub_filter", signature.getSubFilter());
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            if (cms.getSignerInfos().size() != 1) {
                return Verification.failed("signature.invalid");
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Verification.failed("signature.no_certificate");
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate((X509CertificateHolder) matches.iterator().next());
            if (!DIGESTS.contains(signer.getDigestAlgOID())) {
                return Verification.failed("signature.weak_algorithm");
            }
            int bits = keyBits(certificate.getPublicKey());
            if (!strong(certificate.getPublicKey(), bits)) {
                return Verification.failed("signature.weak_key", bits);
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return Verification.failed("signature.invalid");
            }
            Instant signedAt = signature.getSignDate() == null ? Instant.now()
                    : signature.getSignDate().toInstant();
            if (signedAt.isAfter(Instant.now().plus(SKEW)) || notBefore != null
                    && signedAt.isBefore(notBefore.minus(SKEW))) {
                return Verification.failed("signature.time");
            }
            try {
                certificate.checkValidity(Date.from(signedAt));
            } catch (GeneralSecurityException e) {
                return Verification.failed("signature.certificate_not_valid", subject(certificate));
            }
            boolean[] usage = certificate.getKeyUsage();
            if (usage != null && !usage[0] && !usage[1]) {
                return Verification.failed("signature.key_usage", subject(certificate));
            }
            List<X509Certificate> included = new ArrayList<>();
            for (Object holder : cms.getCertificates().getMatches(null)) {
                included.add(converter.getCertificate((X509CertificateHolder) holder));
            }
            if (!chainsToTrusted(certificate, included, anchors, signedAt)) {
                return Verification.failed("signature.untrusted", subject(certificate));
            }
            return new Signed(subject(certificate), certificate.getIssuerX500Principal().getName(), signedAt,
                    signature.getSubFilter(), bits);
        } catch (CMSException e) {
            // a message-digest attribute that does not match the signed bytes lands here
            return Verification.failed("signature.invalid");
        } catch (GeneralSecurityException | OperatorCreationException e) {
            return Verification.failed("signature.invalid");
        }
    }

    private static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getOrder().bitLength();
        }
        return 0;
    }

    /** RSA of at least 2048 bits, or EC of at least 256. */
    private static boolean strong(PublicKey key, int bits) {
        return key instanceof RSAPublicKey ? bits >= 2048 : key instanceof ECPublicKey && bits >= 256;
    }

    private static boolean chainsToTrusted(X509Certificate certificate, List<X509Certificate> included,
            Set<TrustAnchor> anchors, Instant at) {
        if (anchors.isEmpty()) {
            return false;
        }
        if (anchors.stream().anyMatch(a -> certificate.equals(a.getTrustedCert()))) {
            return true;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(included)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253);
    }
}
