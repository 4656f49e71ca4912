package shenbao.book.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Whether a PDF carries an intact platform seal: its last signature is ETSI.CAdES.detached, its {@code /ByteRange}
 * starts at byte 0, ends at the last byte of the file and leaves out nothing but the signature value (a hex string),
 * and the CMS signature inside verifies against one of the platform's seal certificates (the current one or an earlier
 * one: a key change must not break the books sealed before it) over exactly those bytes. Anything else
 * (another signer, bytes appended after sealing, a changed byte anywhere, a file PDFBox cannot read) is not intact.
 */
final class SealCheck {

	private final Supplier<List<X509Certificate>> certificates;

	/** {@code certificates}: the platform's current and earlier seal certificates ({@link SealCertificates}). */
	SealCheck(Supplier<List<X509Certificate>> certificates) {
		this.certificates = certificates;
	}

	boolean intact(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return false;
			}
			PDSignature signature = signatures.getLast();
			return PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())
					&& coversWholeFile(signature.getByteRange(), pdf) && verifies(signature, pdf);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** [0, a, b, c]: bytes 0..a-1 and b..b+c-1 are signed, b+c is the file's length, a..b-1 is {@code <hex>}. */
	static boolean coversWholeFile(int[] range, byte[] pdf) {
		if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0
				|| (long) range[2] + range[3] != pdf.length) {
			return false;
		}
		if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
			return false;
		}
		for (int index = range[1] + 1; index < range[2] - 1; index++) {
			if (Character.digit(pdf[index], 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The CMS structure at the start of {@code /Contents}; the rest of the reserved space must be zero padding, so
	 * nothing else can hide there.
	 */
	static ContentInfo contentInfo(byte[] contents) throws IOException {
		try (var in = new ASN1InputStream(contents)) {
			ContentInfo info = ContentInfo.getInstance(in.readObject());
			for (int index = info.getEncoded(ASN1Encoding.DER).length; index < contents.length; index++) {
				if (contents[index] != 0) {
					throw new IOException("Data after the signature in /Contents");
				}
			}
			return info;
		}
	}

	private boolean verifies(PDSignature signature, byte[] pdf) throws IOException {
		try {
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					contentInfo(signature.getContents(pdf)));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return false;
			}
			SignerInformation signer = signers.iterator().next();
			for (X509Certificate certificate : this.certificates.get()) {
				if (signer.getSID().match(new X509CertificateHolder(certificate.getEncoded()))) {
					return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
				}
			}
			return false;
		}
		catch (org.bouncycastle.cms.CMSException | org.bouncycastle.operator.OperatorCreationException
				| java.security.cert.CertificateException ex) {
			return false;
		}
	}

}
