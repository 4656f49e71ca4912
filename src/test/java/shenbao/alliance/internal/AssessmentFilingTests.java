package shenbao.alliance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import shenbao.alliance.Alliance;
import shenbao.alliance.AllianceHistory.Summary;
import shenbao.platform.RuleViolation;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;
import shenbao.program.Programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who may start the annual assessment (SPEC §7.4): the lead of a recognised alliance, once a year, not before. */
class AssessmentFilingTests {

	private static final long LEAD = 7L;

	private final AllianceStore store = mock(AllianceStore.class);

	private final AssessmentFiling filing = new AssessmentFiling(this.store, mock(Programs.class));

	private final ProgramDefinition assessment = program("alliance-assessment");

	@Test
	void otherProgramsAreNoneOfItsBusiness() {
		assertThat(this.filing.refusal(LEAD, program("alliance-formation"))).isEmpty();
		assertThat(this.filing.refusal(LEAD, program("etc-2026"))).isEmpty();
	}

	@Test
	void aUnitLeadingNoRecognisedAllianceIsRefused() {
		when(this.store.findByLead(LEAD)).thenReturn(Optional.empty());
		assertThat(this.filing.refusal(LEAD, this.assessment)).map(RuleViolation::messageKey)
			.contains("alliance.assessment.lead-only");
	}

	@Test
	void anAllianceRecognisedAfterTheRoundsYearIsNotAssessedInIt() {
		// 2026 round: recognised in 2026 may file, recognised in 2027 may not
		when(this.store.findByLead(LEAD)).thenReturn(Optional.of(alliance(2026)));
		when(this.store.year(1L, 2026)).thenReturn(Optional.empty());
		assertThat(this.filing.refusal(LEAD, this.assessment)).isEmpty();
		when(this.store.findByLead(LEAD)).thenReturn(Optional.of(alliance(2027)));
		assertThat(this.filing.refusal(LEAD, this.assessment)).map(RuleViolation::messageKey)
			.contains("alliance.assessment.not-yet");
	}

	@Test
	void aYearOnRecordIsNotAssessedAgain() {
		when(this.store.findByLead(LEAD)).thenReturn(Optional.of(alliance(2024)));
		when(this.store.year(1L, 2026)).thenReturn(Optional.of(new AllianceStore.YearRow(2026, null,
				new BigDecimal("80"), "考核合格", new Summary(null, null, null, null, null))));
		assertThat(this.filing.refusal(LEAD, this.assessment)).map(RuleViolation::messageKey)
			.contains("alliance.assessment.year-on-record");
	}

	@Test
	void theAssessmentOpensWithTheAlliancesNameAndLeadUnit() {
		when(this.store.findByLead(LEAD)).thenReturn(Optional.of(alliance(2024)));
		assertThat(this.filing.initialValues(LEAD, this.assessment)).containsOnly(
				org.assertj.core.api.Assertions.entry("alliance_name", "测试联盟"),
				org.assertj.core.api.Assertions.entry("lead_unit", "测试单位"),
				org.assertj.core.api.Assertions.entry("formed", true));
		assertThat(this.filing.initialValues(LEAD, program("alliance-formation"))).isEmpty();
		when(this.store.findByLead(LEAD)).thenReturn(Optional.empty());
		assertThat(this.filing.initialValues(LEAD, this.assessment)).isEmpty();
	}

	private static Alliance alliance(int recognised) {
		return new Alliance(1L, "测试联盟", null, LEAD, "测试单位", "91620602MA72B3C49J", "620602", recognised, null,
				"省工信厅", Instant.EPOCH);
	}

	private static ProgramDefinition program(String code) {
		return ProgramFiles.bundled().stream().filter(program -> program.code().equals(code)).findFirst().orElseThrow();
	}

}
