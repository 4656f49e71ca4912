package shenbao.program.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Invariants of every bundled program file, and the maxima each seed table gives. */
class ProgramFilesTests {

	private static final List<ProgramDefinition> PROGRAMS = ProgramFiles.bundled();

	@Test
	void everyProgramOfTheSpecIsBundled() {
		assertThat(PROGRAMS).extracting(ProgramDefinition::code)
			.containsExactlyInAnyOrder("etc-2024", "etc-2026", "itc-2024", "itc-2026", "tide-2024",
					"alliance-formation", "alliance-assessment", "alliance-2024", "jbgs-2025", "smp-2024");
	}

	@Test
	void everyIndicatorQuotesItsRuleAndHasALabel() {
		for (ProgramDefinition program : PROGRAMS) {
			for (Indicator indicator : program.indicators()) {
				assertThat(indicator.text()).as(program.code() + " " + indicator.key()).isNotBlank().hasSizeGreaterThan(5);
				assertThat(indicator.label()).as(program.code() + " " + indicator.key()).isNotBlank();
				assertThat(indicator.max()).as(program.code() + " " + indicator.key()).isPositive();
			}
		}
	}

	@Test
	void everySectionHasFieldsOrAttachmentsAndEveryProgramHasPledges() {
		for (ProgramDefinition program : PROGRAMS) {
			assertThat(program.sections()).as(program.code()).isNotEmpty();
			program.sections()
				.forEach(section -> assertThat(section.fields().size() + section.attachments().size())
					.as(program.code() + " " + section.key())
					.isPositive());
			assertThat(program.fields().anyMatch(field -> field.pledge())).as(program.code() + " pledges").isTrue();
		}
	}

	/** Base and bonus maxima as the seed tables give them (SPEC §7). */
	@ParameterizedTest(name = "{0}: base {1} + bonus {2}")
	@CsvSource({ "etc-2024, 100, 5", "etc-2026, 100, 5", "itc-2024, 100, 25", "itc-2026, 100, 25",
			"tide-2024, 100, 6", "alliance-formation, 100, 18", "alliance-assessment, 100, 21",
			"alliance-2024, 100, 0", "jbgs-2025, 0, 0", "smp-2024, 0, 0" })
	void maximaMatchTheSeedTables(String code, BigDecimal base, BigDecimal bonus) {
		ProgramDefinition program = PROGRAMS.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
		assertThat(sum(program.baseIndicators())).isEqualByComparingTo(base);
		assertThat(sum(program.bonusIndicators())).isEqualByComparingTo(bonus);
	}

	@Test
	void gansuQuotasOfThe2026NoticeAreShipped() {
		ProgramDefinition etc = PROGRAMS.stream().filter(p -> p.code().equals("etc-2026")).findFirst().orElseThrow();
		assertThat(etc.quotas().forCity("620600")).hasValue(5);
		assertThat(etc.quotas().forCity("620100")).hasValue(8);
		ProgramDefinition itc = PROGRAMS.stream().filter(p -> p.code().equals("itc-2026")).findFirst().orElseThrow();
		assertThat(itc.quotas().forCity("620600")).hasValue(3);
		assertThat(itc.quotas().forCity("620100")).hasValue(8);
	}

	@Test
	void aBrokenFileStopsLoadingNamingFilePathAndReason() {
		Map<String, String> expected = Map.of("unknown-rule.yaml", "unknown-rule.yaml: indicators[0].rule",
				"missing-text.yaml", "missing-text.yaml: indicators[0].text: is required", "bad-bands.yaml",
				"bad-bands.yaml: indicators[0].rule.bands: list bands from the highest lower bound down",
				"typo-key.yaml", "typo-key.yaml: indicators[0].bonsu: unknown key", "weights-mismatch.yaml",
				"weights-mismatch.yaml: indicators.patents.rule: weights");
		expected.forEach((file, message) -> assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> ProgramCatalog.load("classpath*:broken-programs/" + file))
			.withMessageContaining(message));
	}

	@Test
	void aCloseAtMidnightIsShownAsTheSeedsWriteIt() {
		assertThat(shenbao.program.Windows.shown(java.time.LocalDateTime.parse("2026-05-31T00:00")))
			.isEqualTo("2026-05-30 24:00");
		assertThat(shenbao.program.Windows.shown(java.time.LocalDateTime.parse("2026-05-30T17:30")))
			.isEqualTo("2026-05-30 17:30");
	}

	private static BigDecimal sum(List<Indicator> indicators) {
		return indicators.stream().map(Indicator::max).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
