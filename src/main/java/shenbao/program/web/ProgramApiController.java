package shenbao.program.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import shenbao.platform.Platform;
import shenbao.program.AttachmentSlot;
import shenbao.program.EligibilityRule;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.Indicator;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;
import shenbao.program.Programs;
import shenbao.program.Section;

/** SPEC §10: the programs and their definitions, for API clients and the form. */
@RestController
class ProgramApiController {

	private final Programs programs;

	private final Clock clock;

	ProgramApiController(Programs programs, Clock clock) {
		this.programs = programs;
		this.clock = clock;
	}

	@GetMapping("/api/v1/programs")
	List<ProgramSummary> list() {
		return this.programs.all().stream().map(this::summary).toList();
	}

	@GetMapping("/api/v1/programs/{code}")
	ProgramResponse get(@PathVariable String code) {
		ProgramDefinition program = this.programs.get(code);
		return new ProgramResponse(program.code(), program.name(), program.year(), program.revision(),
				ProgramStatus.of(program, this.clock), time(program.windows().apply().opens()),
				time(program.windows().apply().closes()), program.description(),
				program.sections().stream().map(ProgramApiController::section).toList(),
				program.attachmentSlots().stream().map(ProgramApiController::slot).toList(),
				program.indicators().stream().map(ProgramApiController::indicator).toList(),
				program.eligibility().stream().map(ProgramApiController::eligibility).toList());
	}

	private ProgramSummary summary(ProgramDefinition program) {
		return new ProgramSummary(program.code(), program.name(), program.year(), ProgramStatus.of(program, this.clock),
				time(program.windows().apply().opens()), time(program.windows().apply().closes()));
	}

	private static OffsetDateTime time(java.time.LocalDateTime local) {
		return local.atZone(Platform.ZONE).toOffsetDateTime();
	}

	private static SectionResponse section(Section section) {
		return new SectionResponse(section.key(), section.title(), section.fields().stream().map(FieldResponse::of).toList(),
				section.when());
	}

	private static SlotResponse slot(AttachmentSlot slot) {
		return new SlotResponse(slot.key(), slot.label(), slot.required(), slot.section());
	}

	private static IndicatorResponse indicator(Indicator indicator) {
		return new IndicatorResponse(indicator.key(), indicator.label(), indicator.max(), indicator.text(),
				indicator.bonus(), indicator.unit());
	}

	private static EligibilityResponse eligibility(EligibilityRule rule) {
		return new EligibilityResponse(rule.key(), rule.label(), rule.blocking());
	}

	record ProgramSummary(String code, String name, int year, ProgramStatus status, OffsetDateTime applyOpensAt,
			OffsetDateTime applyClosesAt) {
	}

	record ProgramResponse(String code, String name, int year, int revision, ProgramStatus status,
			OffsetDateTime applyOpensAt, OffsetDateTime applyClosesAt, @Nullable String description,
			List<SectionResponse> sections, List<SlotResponse> attachmentSlots, List<IndicatorResponse> indicators,
			List<EligibilityResponse> eligibility) {
	}

	/** {@code when}: the section applies only while every condition holds (a form variant, e.g. smp-2024's domain). */
	record SectionResponse(String key, String title, List<FieldResponse> fields, List<EligibilityRule.Condition> when) {
	}

	record FieldResponse(String key, String label, FieldType type, @Nullable String unit, boolean required,
			List<SubKeyResponse> subKeys, List<String> options, List<ColumnResponse> columns, boolean pledge,
			@Nullable Integer maxTicked, List<EligibilityRule.Condition> when) {

		static FieldResponse of(Field field) {
			return new FieldResponse(field.key(), field.label(), field.type(), field.unit(), field.required(),
					field.subKeys().stream().map(sub -> new SubKeyResponse(sub.key(), sub.label(), sub.type())).toList(),
					field.options(),
					field.columns().stream().map(c -> new ColumnResponse(c.key(), c.label(), c.type(), c.required(),
							c.options())).toList(),
					field.pledge(), field.maxTicked(), field.when());
		}

	}

	record SubKeyResponse(String key, String label, FieldType type) {
	}

	record ColumnResponse(String key, String label, FieldType type, boolean required, List<String> options) {
	}

	record SlotResponse(String key, String label, boolean required, String section) {
	}

	record IndicatorResponse(String key, String label, BigDecimal max, String ruleText, boolean bonus,
			@Nullable String unit) {
	}

	record EligibilityResponse(String key, String label, boolean blocking) {
	}

}
