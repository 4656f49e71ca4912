package shenbao.application.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser's form turned into values, and values back into what the page shows. */
class FormModelTests {

	private static final ProgramDefinition ETC = program("etc-2026");

	private static final ProgramDefinition ITC = program("itc-2026");

	@Test
	void typedFiguresBecomeNumbersAndEmptyFieldsClearTheirValue() {
		FormModel form = FormModel.parse(ETC, params("v.rd_expense", "1,200.50", "v.main_revenue", " ",
				"v.patent_applications.invention", "2", "v.truthfulness_pledge", "true", "s.awards", "3"), "NaN");
		assertThat(form.values()).containsEntry("rd_expense", new BigDecimal("1200.50"))
			.containsEntry("main_revenue", null)
			.containsEntry("truthfulness_pledge", true)
			.containsEntry("notice_acknowledged", false);
		assertThat(form.values().get("patent_applications")).isEqualTo(Map.of("invention", new BigDecimal("2")));
		assertThat(form.selfScores()).containsEntry("awards", new BigDecimal("3")).containsEntry("profit_margin_pct", null);
		assertThat(form.errors()).isEmpty();
	}

	@Test
	void textThatIsNotANumberIsShownWithAnErrorAndLeftOutOfTheSave() {
		FormModel form = FormModel.parse(ETC, params("v.rd_expense", "一千二", "v.standards_3y.enterprise", "x",
				"s.awards", "many"), "应为数字");
		assertThat(form.value("v.rd_expense")).isEqualTo("一千二");
		assertThat(form.error("v.rd_expense")).isEqualTo("应为数字");
		assertThat(form.error("v.standards_3y.enterprise")).isEqualTo("应为数字");
		assertThat(form.error("s.awards")).isEqualTo("应为数字");
		// left out, so the stored values stay as they were instead of being cleared
		assertThat(form.values()).doesNotContainKeys("rd_expense", "standards_3y");
		assertThat(form.selfScores()).doesNotContainKey("awards");
	}

	@Test
	void tableRowsAreReadInOrderAndEmptyRowsDropped() {
		FormModel form = FormModel.parse(ITC, params("v.partners[0].name", "甲单位", "v.partners[0].credit_code",
				"91620102MA7B2C3D9H", "v.partners[1].name", "", "v.partners[2].name", "乙单位"), "NaN");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) form.values().get("partners");
		assertThat(rows).extracting(row -> row.get("name")).containsExactly("甲单位", "乙单位");
		assertThat(form.rows("partners")).isEqualTo(4);
	}

	@Test
	void storedValuesAreShownAsTyped() {
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("rd_expense", new BigDecimal("1200.500"));
		stored.put("patent_applications", Map.of("design", 3));
		stored.put("truthfulness_pledge", true);
		FormModel form = FormModel.of(ETC, stored, Map.of("awards", new BigDecimal("2.0")));
		assertThat(form.value("v.rd_expense")).isEqualTo("1200.5");
		assertThat(form.value("v.patent_applications.design")).isEqualTo("3");
		assertThat(form.checked("v.truthfulness_pledge")).isTrue();
		assertThat(form.value("s.awards")).isEqualTo("2");
		assertThat(form.rows("partners")).isEqualTo(1);
	}

	@Test
	void aRefusalFromTheServerIsShownAtItsFieldAndThatValueIsNotSent() {
		FormModel form = FormModel.parse(ETC, params("v.rd_staff", "-3", "s.awards", "9"), "NaN");
		form.refused("rd_staff", "不能为负数");
		form.refused("selfScores.awards", "自评分应在 0 到 5 分之间");
		assertThat(form.error("v.rd_staff")).isEqualTo("不能为负数");
		assertThat(form.error("s.awards")).isEqualTo("自评分应在 0 到 5 分之间");
		assertThat(form.values()).doesNotContainKey("rd_staff");
		assertThat(form.selfScores()).doesNotContainKey("awards");
		assertThat(FormModel.id("v.partners[0].name")).isEqualTo("v-partners-0--name");
	}

	private static Map<String, String[]> params(String... pairs) {
		Map<String, String[]> params = new LinkedHashMap<>();
		for (int index = 0; index < pairs.length; index += 2) {
			params.put(pairs[index], new String[] { pairs[index + 1] });
		}
		return params;
	}

	private static ProgramDefinition program(String code) {
		return ProgramFiles.bundled().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
	}

}
