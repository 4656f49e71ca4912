package shenbao.application.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shenbao.application.ApplicationView;
import shenbao.application.Applications;
import shenbao.identity.Caller;
import shenbao.identity.Units;
import shenbao.platform.Platform;
import shenbao.platform.Conflict;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.ProgramStatus;
import shenbao.program.Programs;
import shenbao.region.Regions;

/**
 * 我要申报: the programs open to the unit's province with their status and a countdown to the close, and the
 * 政策介绍 page whose acknowledgement (我已阅读并知晓) starts the application.
 */
@Controller
class ProgramListController {

	private final Programs programs;

	private final Applications applications;

	private final Units units;

	private final Regions regions;

	private final Clock clock;

	private final Texts texts;

	private final shenbao.deadline.Deadlines deadlines;

	private final org.springframework.beans.factory.ObjectProvider<shenbao.application.StartCondition> startConditions;

	private final org.springframework.beans.factory.ObjectProvider<shenbao.application.CityNotices> notices;

	ProgramListController(Programs programs, Applications applications, Units units, Regions regions, Clock clock,
			Texts texts, shenbao.deadline.Deadlines deadlines,
			org.springframework.beans.factory.ObjectProvider<shenbao.application.StartCondition> startConditions,
			org.springframework.beans.factory.ObjectProvider<shenbao.application.CityNotices> notices) {
		this.notices = notices;
		this.deadlines = deadlines;
		this.startConditions = startConditions;
		this.programs = programs;
		this.applications = applications;
		this.units = units;
		this.regions = regions;
		this.clock = clock;
		this.texts = texts;
	}

	@GetMapping("/programs")
	String list(Caller caller, Model model) {
		Map<String, ApplicationView> mine = this.applications.mine(caller)
			.stream()
			.collect(Collectors.toMap(ApplicationView::programCode, Function.identity()));
		String province = province(caller);
		List<Row> rows = this.programs.all()
			.stream()
			.filter(program -> province == null || program.province().equals(province))
			.map(program -> new Row(program, this.deadlines.status(program, caller.unitId(), this.clock),
					closes(program, caller), mine.get(program.code()),
					mine.containsKey(program.code()) ? null : startRefusal(caller, program), notice(program, caller)))
			.sorted(java.util.Comparator.comparing((Row row) -> row.status() != ProgramStatus.OPEN)
				.thenComparing(row -> row.closesAt()))
			.toList();
		model.addAttribute("rows", rows);
		return "application/programs";
	}

	@GetMapping("/programs/{code}")
	String intro(Caller caller, @PathVariable String code, Model model) {
		ProgramDefinition program = this.programs.get(code);
		model.addAttribute("program", program);
		model.addAttribute("status", this.deadlines.status(program, caller.unitId(), this.clock));
		model.addAttribute("closesAt", closes(program, caller));
		// an opening is shown as the moment itself (a close at midnight reads as the day before's 24:00)
		model.addAttribute("opensShown", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(this.deadlines.applyOpens(program, caller.unitId())));
		model.addAttribute("closesShown", shenbao.program.Windows.shown(this.deadlines.applyCloses(program, caller.unitId())));
		model.addAttribute("cityNotice", notice(program, caller));
		model.addAttribute("checkInputs", EligibilityCheckController.inputs(program));
		model.addAttribute("existing", this.applications.mine(caller)
			.stream()
			.filter(view -> view.programCode().equals(code))
			.findFirst()
			.orElse(null));
		model.addAttribute("startRefusal", startRefusal(caller, program));
		return "application/intro";
	}

	@PostMapping("/programs/{code}/applications")
	String start(Caller caller, @PathVariable String code, @RequestParam(defaultValue = "false") boolean acknowledged,
			Model model) {
		var existing = this.applications.mine(caller).stream().filter(view -> view.programCode().equals(code)).findFirst();
		if (existing.isPresent()) {
			return "redirect:/applications/" + existing.get().id();
		}
		if (!acknowledged) {
			model.addAttribute("acknowledgeError", true);
			return intro(caller, code, model);
		}
		try {
			return "redirect:/applications/" + this.applications.start(caller, code).id();
		}
		catch (RuleViolation | Conflict ex) {
			model.addAttribute("refusal", this.texts.of(ex));
			return intro(caller, code, model);
		}
	}

	private @Nullable String province(Caller caller) {
		if (caller.unitId() == null) {
			return null;
		}
		return this.units.find(caller.unitId())
			.flatMap(unit -> this.regions.provinceOf(unit.regionCode()))
			.map(region -> region.code())
			.orElse(null);
	}

	/** Why the caller's unit may not start this program (another module's rule), shown before it tries. */
	private @Nullable String startRefusal(Caller caller, ProgramDefinition program) {
		Long unitId = caller.unitId();
		if (unitId == null) {
			return null;
		}
		return this.startConditions.orderedStream()
			.map(condition -> condition.refusal(unitId, program))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.map(this.texts::of)
			.orElse(null);
	}

	private OffsetDateTime closes(ProgramDefinition program, Caller caller) {
		return this.deadlines.applyCloses(program, caller.unitId()).atZone(Platform.ZONE).toOffsetDateTime();
	}

	/** The published 申报指南 of the unit's city for the program, if any. */
	private shenbao.application.CityNotices.@Nullable CityNotice notice(ProgramDefinition program, Caller caller) {
		Long unit = caller.unitId();
		if (unit == null) {
			return null;
		}
		return this.notices.orderedStream()
			.map(notices -> notices.notice(program.code(), unit))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(null);
	}

	record Row(ProgramDefinition program, ProgramStatus status, OffsetDateTime closesAt,
			@Nullable ApplicationView application, @Nullable String startRefusal,
			shenbao.application.CityNotices.@Nullable CityNotice notice) {

		/** The unit's own close (its city's window, an extension), as the seeds write deadlines. */
		public String closesShown() {
			return shenbao.program.Windows.shown(this.closesAt.toLocalDateTime());
		}

	}

}
