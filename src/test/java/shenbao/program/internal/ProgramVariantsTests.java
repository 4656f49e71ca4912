package shenbao.program.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import shenbao.program.Field;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;
import shenbao.program.Section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Form variants as data (sections and fields with {@code when}) and the most-ticks limit of a BOOLEAN group, read
 * from the bundled smp-2024 file (seed 002 附件2.1-2.3) and refused in broken files.
 */
class ProgramVariantsTests {

	private static final ProgramDefinition SMP = ProgramFiles.bundled()
		.stream()
		.filter(program -> program.code().equals("smp-2024"))
		.findFirst()
		.orElseThrow();

	/** The domain picks the variant: 2.1 has 经营情况 and products, 2.2 the 未来服务计划, 2.3 the 试点示范项目. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			智能制造装备       | operations business intellectual_property | future_plan pilot_project
			关键软件           | operations business intellectual_property | future_plan pilot_project
			信息网络基础设施   | operations business intellectual_property | future_plan pilot_project
			智能制造系统解决方案 | operations business intellectual_property | future_plan pilot_project
			行业组织           | future_plan                               | operations business intellectual_property pilot_project
			智能制造人才       | future_plan intellectual_property         | operations business pilot_project
			智能制造金融服务   | future_plan business                      | operations intellectual_property pilot_project
			智能制造试点示范   | operations pilot_project intellectual_property | future_plan business
			""")
	void theDomainPicksTheSectionsOfItsFormVariant(String domain, String shown, String hidden) {
		List<String> keys = SMP.sectionsFor(Map.of("path", "遴选加入", "domain", domain))
			.stream()
			.map(Section::key)
			.toList();
		assertThat(keys).contains(shown.split(" ")).doesNotContain(hidden.split(" "));
		assertThat(keys).contains("application", "basic", "profile", "service_capability", "attachments", "pledges")
			.doesNotContain("direct_recognition");
	}

	@Test
	void withoutADomainOnlyTheCommonSectionsShow() {
		assertThat(SMP.sectionsFor(Map.of()).stream().map(Section::key)).doesNotContain("operations", "future_plan",
				"pilot_project", "business", "direct_recognition");
	}

	@Test
	void directRecognitionAsksForTheQualificationWithItsEvidence() {
		Section direct = SMP.sectionsFor(Map.of("path", "直接认定", "domain", "关键软件"))
			.stream()
			.filter(section -> section.key().equals("direct_recognition"))
			.findFirst()
			.orElseThrow();
		assertThat(direct.fields()).singleElement().satisfies(field -> {
			assertThat(field.key()).isEqualTo("qualification");
			assertThat(field.required()).isTrue();
			assertThat(field.options()).hasSize(9);
		});
		assertThat(direct.attachments()).singleElement().satisfies(slot -> assertThat(slot.required()).isTrue());
	}

	@Test
	void fieldsOfOneVariantApplyOnlyToIt() {
		Map<String, Object> equipment = Map.of("domain", "智能制造装备");
		Map<String, Object> organisation = Map.of("domain", "行业组织");
		assertThat(SMP.applies("main_revenue_avg_3y", equipment)).isTrue();
		assertThat(SMP.applies("main_revenue_avg_3y", Map.of("domain", "关键软件"))).isFalse();
		assertThat(SMP.applies("service_staff", organisation)).isTrue();
		assertThat(SMP.applies("service_staff", equipment)).isFalse();
		assertThat(SMP.applies("unit_kind", organisation)).isTrue();
		assertThat(SMP.applies("enterprise_type", organisation)).isFalse();
		assertThat(SMP.applies("industry_code", Map.of("domain", "智能制造试点示范"))).isTrue();
		assertThat(SMP.applies("industry_code", equipment)).isFalse();
		// a field of a hidden section does not apply either
		assertThat(SMP.applies("pilot_overview", equipment)).isFalse();
		assertThat(SMP.field("pilot_overview").orElseThrow().required()).isTrue();
		assertThat(SMP.hasVariants()).isTrue();
	}

	@Test
	void atMostFiveOfTheTwentyClustersAreTicked() {
		Field clusters = SMP.field("clusters").orElseThrow();
		assertThat(clusters.subKeys()).hasSize(20);
		assertThat(clusters.maxTicked()).isEqualTo(5);
		Map<String, Object> ticks = new HashMap<>();
		clusters.subKeys().stream().limit(6).forEach(sub -> ticks.put(sub.key(), true));
		ticks.put(clusters.subKeys().getLast().key(), false);
		assertThat(Field.ticked(ticks)).isEqualTo(6);
		assertThat(Field.ticked(null)).isZero();
	}

	@Test
	void aBrokenVariantOrLimitStopsLoading() {
		Map<String, String> expected = Map.of("max-ticked-on-numbers.yaml",
				"max-ticked-on-numbers.yaml: sections[0].groups.maxTicked: maxTicked needs a COUNTS field of BOOLEAN",
				"when-unknown-option.yaml", "when-unknown-option.yaml: sections[1].when: values [丙] must be among kind",
				"when-on-conditional.yaml", "is itself conditional");
		expected.forEach((file, message) -> assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> ProgramCatalog.load("classpath*:variant-programs/" + file))
			.withMessageContaining(message));
	}

}
