package shenbao.book.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import shenbao.platform.Platform;

/**
 * Seals a PDF the PAdES way (ETSI EN 319 142, baseline B): a signature dictionary with SubFilter
 * {@code ETSI.CAdES.detached}, added as an incremental update, whose {@code /Contents} is a detached CMS SignedData
 * over the {@code /ByteRange} (the whole file but the signature value itself). The CMS carries the signer's
 * certificate and an ESS signing-certificate-v2 attribute, and no signing-time attribute: PAdES puts the claimed
 * time in the dictionary's {@code /M}.
 */
final class PadesSigner {

	/** Room for the CMS (certificate chain of one, RSA up to 4096 bits, attributes), in bytes before hex. */
	private static final int SIGNATURE_SIZE = 8192;

	private final PlatformSeal seal;

	PadesSigner(PlatformSeal seal) {
		this.seal = seal;
	}

	byte[] seal(byte[] pdf, Instant at, String name, String reason) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(name);
			signature.setReason(reason);
			signature.setSignDate(GregorianCalendar.from(at.atZone(Platform.ZONE)));
			var out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SIGNATURE_SIZE);
				document.addSignature(signature, options);
				ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
				external.setSignature(cms(external.getContent()));
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not seal a PDF", ex);
		}
	}

	private byte[] cms(InputStream content) throws IOException {
		try {
			var certificate = this.seal.certificate();
			var signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(signedAttributes(certificate.getEncoded()))
				.build(new JcaContentSignerBuilder(this.seal.signatureAlgorithm()).build(this.seal.key()), certificate);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signer);
			generator.addCertificates(new JcaCertStore(List.of(certificate)));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
				.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
		}
		catch (OperatorCreationException | CMSException | GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign with the platform seal", ex);
		}
	}

	/** ESS signing-certificate-v2 (SHA-256 of the certificate), content type and digest; no signing time. */
	private static CMSAttributeTableGenerator signedAttributes(byte[] certificate)
			throws GeneralSecurityException, CertificateEncodingException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate);
		var id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
		ASN1EncodableVector attributes = new ASN1EncodableVector();
		attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
		var defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
		return parameters -> {
			@SuppressWarnings("unchecked")
			AttributeTable table = defaults.getAttributes((Map<String, Object>) (Map<?, ?>) parameters);
			return table.remove(CMSAttributes.signingTime);
		};
	}

}
