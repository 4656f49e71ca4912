package shenbao.application.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import shenbao.platform.InvalidInput;
import shenbao.platform.Texts;
import shenbao.program.EligibilityRule;
import shenbao.program.Field;
import shenbao.program.FieldType;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.scoring.Scoring;

/**
 * "Can I apply?" (SPEC §12): on the 政策介绍 page a unit types the few figures the 申报条件 read and sees each check
 * pass or fail before it starts a long form. Nothing is saved.
 */
@Controller
class EligibilityCheckController {

	private final Programs programs;

	private final Scoring scoring;

	private final Texts texts;

	EligibilityCheckController(Programs programs, Scoring scoring, Texts texts) {
		this.programs = programs;
		this.scoring = scoring;
		this.texts = texts;
	}

	@PostMapping("/programs/{code}/eligibility-check")
	String check(@PathVariable String code, HttpServletRequest request, Model model) {
		ProgramDefinition program = this.programs.get(code);
		FormModel form = FormModel.parse(program, request.getParameterMap(), this.texts.of("scoring.value.not-number"));
		Map<String, Object> values = new LinkedHashMap<>();
		for (Field field : inputs(program)) {
			Object value = form.values().get(field.key());
			if (value != null) {
				values.put(field.key(), value);
			}
		}
		// each problem names the field as the unit sees it (label and message)
		List<String> problems = new ArrayList<>();
		form.errors().forEach((name, message) -> problems.add(problem(program, name.substring(2), message)));
		try {
			model.addAttribute("results", problems.isEmpty() ? this.scoring.score(code, values).eligibility() : List.of());
		}
		catch (InvalidInput ex) {
			ex.fieldProblems().forEach(problem -> problems.add(problem(program, problem.field(),
					problem.key() == null ? String.valueOf(problem.text()) : this.texts.of(problem.key(), problem.arguments()))));
			model.addAttribute("results", List.of());
		}
		model.addAttribute("problems", problems);
		return "application/intro :: check-results";
	}

	private String problem(ProgramDefinition program, String key, String message) {
		return this.texts.of("application.check.problem", program.field(key).map(Field::label).orElse(key), message);
	}

	/** The fields the program's checks read, in form order (a table's row count is left to the form). */
	static List<Field> inputs(ProgramDefinition program) {
		Set<String> keys = new LinkedHashSet<>();
		for (EligibilityRule rule : program.eligibility()) {
			rule.when().forEach(condition -> keys.add(condition.field()));
			keys.add(rule.check().value() != null ? rule.check().value() : rule.key());
			keys.addAll(rule.check().ratio());
		}
		List<Field> fields = new ArrayList<>();
		program.fields()
			.filter(field -> keys.contains(field.key()) && field.type() != FieldType.TABLE && field.type() != FieldType.TEXT)
			.forEach(fields::add);
		return fields;
	}

}
