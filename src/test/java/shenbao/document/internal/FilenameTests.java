package shenbao.document.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a download is saved under: what the user called the file, minus anything that could mislead or harm. */
class FilenameTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			营业执照.pdf                              | 营业执照.pdf
			2025年度 审计报告.PDF                     | 2025年度 审计报告.PDF
			C:\\fakepath\\完税证明.pdf                 | 完税证明.pdf
			../../etc/passwd                          | passwd.pdf
			/tmp/资质证书.pdf                          | 资质证书.pdf
			.hidden.pdf                               | hidden.pdf
			scan                                      | scan.pdf
			''                                        | file.pdf
			NULL                                      | file.pdf
			'  多个   空格  .pdf '                     | 多个 空格 .pdf
			""")
	void keepsTheNameAndDropsPathsAndHiddenParts(String original, String kept) {
		assertThat(Filename.sanitise(original)).isEqualTo(kept);
	}

	@Test
	void dropsControlAndDirectionCharacters() {
		assertThat(Filename.sanitise("报告\u0000.pdf")).isEqualTo("报告.pdf");
		assertThat(Filename.sanitise("报告\r\n.pdf")).isEqualTo("报告.pdf");
		// U+202E (right-to-left override) shows "invoice\u202Efdp.exe" as "invoiceexe.pdf": it is an .exe name
		assertThat(Filename.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe.pdf");
	}

	@Test
	void shortensLongNamesToTwoHundredCharactersKeepingTheExtension() {
		assertThat(Filename.sanitise("申".repeat(250) + ".pdf")).hasSize(200).startsWith("申申").endsWith("申.pdf");
		// 𠮷 (U+20BB7) takes two UTF-16 units: the cut must not split one
		String supplementary = Filename.sanitise("\uD842\uDFB7".repeat(250) + ".pdf");
		assertThat(supplementary.codePointCount(0, supplementary.length())).isEqualTo(200);
		assertThat(supplementary.substring(0, supplementary.length() - 4).codePoints()).containsOnly(0x20BB7);
	}

}
