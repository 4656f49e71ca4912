package shenbao.scoring.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;

import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramFiles;
import shenbao.program.Programs;

/** The bundled program files without Spring, and a scoring facade over them, for rule tests. */
final class BundledPrograms implements Programs {

	private static final List<ProgramDefinition> PROGRAMS = ProgramFiles.bundled();

	static RuleScoring scoring() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/platform", "i18n/scoring");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new RuleScoring(new BundledPrograms(), messages);
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
