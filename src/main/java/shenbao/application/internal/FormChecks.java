package shenbao.application.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationView.Attachment;
import shenbao.application.ApplicationView.Problem;
import shenbao.application.ApplicationView.SectionChecks;
import shenbao.program.AttachmentSlot;
import shenbao.program.Field;
import shenbao.program.ProgramDefinition;
import shenbao.program.Section;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;

/**
 * The failing checks per section that the 表单助手 lists and submission re-checks: required fields, pledges,
 * required evidence, the most ticks a group allows, and blocking 申报条件 (shown in the section of the figure they
 * read). Only the sections and fields that apply to the values count (the form variant of the chosen domain): a
 * hidden section is neither listed nor checked.
 */
@Component
class FormChecks {

	private final MessageSource messages;

	FormChecks(MessageSource messages) {
		this.messages = messages;
	}

	List<SectionChecks> check(ProgramDefinition program, Map<String, Object> values, Collection<Attachment> attachments,
			ScoreSheet sheet) {
		return check(program, values, attachments.stream().map(Attachment::slot).collect(Collectors.toSet()), sheet);
	}

	/** As above, knowing only which slots hold a file. */
	List<SectionChecks> check(ProgramDefinition program, Map<String, Object> values, Set<String> filledSlots,
			ScoreSheet sheet) {
		Map<String, List<Problem>> bySection = new LinkedHashMap<>();
		List<Section> sections = program.sectionsFor(values);
		for (Section section : sections) {
			List<Problem> problems = new ArrayList<>();
			for (Field field : section.fields()) {
				if (!field.appliesTo(values)) {
					continue;
				}
				Object value = values.get(field.key());
				if (field.pledge() && !Boolean.TRUE.equals(value)) {
					problems.add(new Problem(field.key(), text("application.check.pledge", field.label())));
				}
				else if (field.required() && isEmpty(field, value)) {
					problems.add(new Problem(field.key(), text("application.check.required", field.label())));
				}
				else if (field.maxTicked() != null && Field.ticked(value) > field.maxTicked()) {
					problems.add(new Problem(field.key(), text("application.check.max-ticked", field.label(),
							field.maxTicked(), Field.ticked(value))));
				}
			}
			for (AttachmentSlot slot : section.attachments()) {
				if (slot.required() && !filledSlots.contains(slot.key())) {
					problems.add(new Problem(slot.key(), text("application.check.attachment", slot.label())));
				}
			}
			bySection.put(section.key(), problems);
		}
		for (EligibilityResult result : sheet.eligibility()) {
			if (!result.passed() && result.blocking() && !readsAnEmptyRequiredField(program, values, result.key())) {
				String section = sectionOf(program, result.key());
				bySection.getOrDefault(section, bySection.get(sections.getLast().key()))
					.add(new Problem(result.key(), result.message()));
			}
		}
		return sections.stream()
			.map(section -> new SectionChecks(section.key(), section.title(), bySection.get(section.key())))
			.toList();
	}

	private static boolean isEmpty(Field field, Object value) {
		if (value == null) {
			return true;
		}
		return switch (field.type()) {
			case TEXT -> value.toString().isBlank();
			case TABLE -> ((List<?>) value).isEmpty();
			default -> false;
		};
	}

	/** A check on a figure not filled in yet says nothing the "请填写" of that field does not already say. */
	private static boolean readsAnEmptyRequiredField(ProgramDefinition program, Map<String, Object> values,
			String ruleKey) {
		return keysRead(program, ruleKey).stream()
			.anyMatch(key -> program.field(key)
				.map(field -> field.required() && program.applies(key, values) && isEmpty(field, values.get(key)))
				.orElse(false));
	}

	private static List<String> keysRead(ProgramDefinition program, String ruleKey) {
		List<String> keys = new ArrayList<>();
		keys.add(ruleKey);
		program.eligibility().stream().filter(r -> r.key().equals(ruleKey)).findFirst().ifPresent(r -> {
			if (r.check().value() != null) {
				keys.addFirst(r.check().value());
			}
			keys.addAll(r.check().ratio());
			if (r.check().rows() != null) {
				keys.add(r.check().rows());
			}
		});
		return keys;
	}

	/** The section holding the first figure a rule reads; the last section when it reads none. */
	private static String sectionOf(ProgramDefinition program, String ruleKey) {
		for (String key : keysRead(program, ruleKey)) {
			for (Section section : program.sections()) {
				if (section.fields().stream().anyMatch(field -> field.key().equals(key))) {
					return section.key();
				}
			}
		}
		return program.sections().getLast().key();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
