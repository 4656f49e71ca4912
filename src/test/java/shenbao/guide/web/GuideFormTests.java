package shenbao.guide.web;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import shenbao.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Days as the notices write them: "4 月 20 日前" closes at the end of 4-20; an opening day starts at 00:00. */
class GuideFormTests {

	@Test
	void aLastDayClosesAtTheEndOfThatDayAndAnOpeningDayAtItsStart() {
		GuideForm form = form("2024-03-21", "2024-04-20", "2024-04-20");
		assertThat(form.opens()).isEqualTo(LocalDateTime.of(2024, 3, 21, 0, 0));
		assertThat(form.closes()).isEqualTo(LocalDateTime.of(2024, 4, 21, 0, 0));
		assertThat(form.countyDeadline()).isEqualTo(LocalDateTime.of(2024, 4, 21, 0, 0));
	}

	@Test
	void blankDaysFollowTheProvinceAndAMalformedOneNamesItsField() {
		GuideForm blank = form(" ", null, "");
		assertThat(blank.opens()).isNull();
		assertThat(blank.closes()).isNull();
		assertThat(blank.countyDeadline()).isNull();
		assertThatThrownBy(() -> form(null, "2024-04-31", null).closes()).isInstanceOf(InvalidInput.class)
			.satisfies(refused -> assertThat(((InvalidInput) refused).fieldProblems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("applyCloses")));
	}

	@Test
	void aSavedCloseAtMidnightIsShownAsItsLastDay() {
		var guide = new shenbao.guide.Guide(1, "620600", List.of("etc-2024"), "t", "", null, null,
				LocalDateTime.of(2024, 3, 21, 0, 0), LocalDateTime.of(2024, 4, 21, 0, 0), false, true, 0, 3);
		GuideForm shown = GuideForm.of(List.of("etc-2024"), guide, null);
		assertThat(shown.applyOpens()).isEqualTo("2024-03-21");
		assertThat(shown.applyCloses()).isEqualTo("2024-04-20");
		assertThat(shown.version()).isEqualTo(3);
	}

	private static GuideForm form(String opens, String closes, String county) {
		return new GuideForm(null, List.of("etc-2024"), "t", "", opens, closes, null, "true", county, null, null);
	}

}
