package shenbao.challenge;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003: "本《实施方案》自公布之日起实施，有效期3年", 印发 2025-02-18. */
class SchemeTests {

	private final Scheme scheme = new Scheme("jbgs-", "甘肃省产业科技创新揭榜挂帅实施方案", "甘工信发〔2025〕40号",
			LocalDate.of(2025, 2, 18), 3);

	@Test
	void threeYearsFromTheEighteenthOfFebruaryEndOnTheSeventeenth() {
		assertThat(this.scheme.lastDay()).isEqualTo(LocalDate.of(2028, 2, 17));
		assertThat(this.scheme.inForce(LocalDate.of(2025, 2, 17))).isFalse();
		assertThat(this.scheme.inForce(LocalDate.of(2025, 2, 18))).isTrue();
		assertThat(this.scheme.inForce(LocalDate.of(2028, 2, 17))).isTrue();
		assertThat(this.scheme.inForce(LocalDate.of(2028, 2, 18))).isFalse();
	}

	@Test
	void theProgramOfAYearIsNamedByThePrefix() {
		assertThat(this.scheme.programCode(2026)).isEqualTo("jbgs-2026");
		assertThat(this.scheme.covers("jbgs-2025")).isTrue();
		assertThat(this.scheme.covers("etc-2026")).isFalse();
	}

}
