package shenbao.challenge;

import java.time.LocalDate;

/**
 * The 揭榜挂帅 scheme as data: its document and validity ("自公布之日起实施，有效期3年"), for the programs whose code
 * starts with {@code programPrefix}.
 */
public record Scheme(String programPrefix, String title, String documentNo, LocalDate validFrom, int validYears) {

	/** The last day the scheme is in force: 3 years from 2025-02-18 end with 2028-02-17. */
	public LocalDate lastDay() {
		return this.validFrom.plusYears(this.validYears).minusDays(1);
	}

	public boolean inForce(LocalDate day) {
		return !day.isBefore(this.validFrom) && !day.isAfter(lastDay());
	}

	/** The program of a year's 榜单, e.g. {@code jbgs-2025}. */
	public String programCode(int year) {
		return this.programPrefix + year;
	}

	public boolean covers(String programCode) {
		return programCode.startsWith(this.programPrefix);
	}

}
