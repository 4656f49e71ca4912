package shenbao.scoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;

import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;
import shenbao.program.Programs;
import shenbao.scoring.ScoreSheet;
import shenbao.scoring.ScoreSheet.EligibilityResult;

/** The bundled program files without Spring, a scoring facade over them, and the helpers rule tests share. */
final class BundledPrograms implements Programs {

	private static final List<ProgramDefinition> PROGRAMS = ProgramFiles.bundled();

	static RuleScoring scoring() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/platform", "i18n/scoring");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new RuleScoring(new BundledPrograms(), messages);
	}

	static ProgramDefinition program(String code) {
		return PROGRAMS.stream().filter(program -> program.code().equals(code)).findFirst().orElseThrow();
	}

	/** Each indicator's score as plain text ("4.5"), in the program's order. */
	static Map<String, String> scores(ScoreSheet sheet) {
		Map<String, String> scores = new LinkedHashMap<>();
		sheet.indicators().forEach(indicator -> scores.put(indicator.key(), indicator.score().toPlainString()));
		return scores;
	}

	static EligibilityResult check(ScoreSheet sheet, String key) {
		return sheet.eligibility().stream().filter(result -> result.key().equals(key)).findFirst().orElseThrow();
	}

	@Override
	public List<ProgramDefinition> all() {
		return PROGRAMS;
	}

	@Override
	public Optional<ProgramDefinition> find(String code) {
		return PROGRAMS.stream().filter(program -> program.code().equals(code)).findFirst();
	}

	@Override
	public ProgramDefinition get(String code) {
		return find(code).orElseThrow(() -> new NotFound("program.not-found", code));
	}

}
