package shenbao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Files the document tests upload. */
public final class TestFiles {

	/** A one-page PDF printed by Chromium ({@code --print-to-pdf}), as a scanner or office suite would write one. */
	public static final String LICENCE = "/document/business-licence.pdf";

	/** {@code sha256sum src/test/resources/document/business-licence.pdf}, worked out outside the platform. */
	public static final String LICENCE_SHA256 = "513d47a346538a978c974cdef4b39a4b385b6b334bd41cbf11fec956bea23004";

	public static final long LICENCE_SIZE = 54_075;

	private TestFiles() {
	}

	public static byte[] licence() {
		try (InputStream in = TestFiles.class.getResourceAsStream(LICENCE)) {
			if (in == null) {
				throw new IllegalStateException(LICENCE + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The start of a Windows program (MZ header, DOS stub): what an {@code .exe} renamed to {@code .pdf} holds. */
	public static byte[] windowsProgram() {
		byte[] program = new byte[4096];
		program[0] = 'M';
		program[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, program, 78, stub.length);
		return program;
	}

	/** {@code size} bytes that start like a PDF, to cross size limits without a real file that large. */
	public static byte[] pdfOfSize(long size) {
		byte[] content = new byte[Math.toIntExact(size)];
		Arrays.fill(content, (byte) ' ');
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, Math.min(header.length, content.length));
		return content;
	}

}
