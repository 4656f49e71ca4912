package shenbao.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shenbao.document.Documents;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.Platform;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.platform.TooLarge;
import shenbao.platform.UnsupportedMedia;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.program.Windows;
import shenbao.region.Regions;
import shenbao.review.Letter;
import shenbao.review.RecommendationLetters;

/**
 * 推荐函 ({@code /review/letters}, Guangdong manual §4.2.1.3, §4.3.2.5, §4.5.3): per program of the reviewer's
 * province the letters the reviewer may see, and for counties and cities a form to upload their own. The upload is a
 * plain multipart form (post, then redirect); htmx sends the same form and gets that program's section back. A
 * refused file is explained next to the file field of its program.
 */
@Controller
class LettersController {

	static final String VIEW = "review/letters";

	static final String SECTION_FRAGMENT = VIEW + " :: program";

	static final String LETTER_VIEW = "review/letter";

	static final String PREVIEW_FRAGMENT = LETTER_VIEW + " :: preview";

	private final RecommendationLetters letters;

	private final Programs programs;

	private final Regions regions;

	private final Documents documents;

	private final Texts texts;

	private final Clock clock;

	private final shenbao.deadline.Deadlines deadlines;

	LettersController(RecommendationLetters letters, Programs programs, Regions regions, Documents documents,
			Texts texts, Clock clock, shenbao.deadline.Deadlines deadlines) {
		this.deadlines = deadlines;
		this.letters = letters;
		this.programs = programs;
		this.regions = regions;
		this.documents = documents;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/review/letters")
	String page(Caller caller, Model model) {
		show(model, caller, Map.of());
		return VIEW;
	}

	@PostMapping("/review/letters")
	String upload(Caller caller, @RequestParam(defaultValue = "") String program,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		ProgramDefinition definition = uploadable(caller, program);
		String problem = store(caller, definition, file);
		if (problem != null) {
			show(model, caller, Map.of(program, problem));
			return VIEW;
		}
		redirect.addFlashAttribute("uploaded", program);
		return "redirect:/review/letters#letters-" + program;
	}

	@PostMapping(path = "/review/letters", headers = "HX-Request=true")
	String uploadInline(Caller caller, @RequestParam(defaultValue = "") String program,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		ProgramDefinition definition = uploadable(caller, program);
		String problem = store(caller, definition, file);
		if (problem == null) {
			model.addAttribute("uploaded", program);
		}
		model.addAttribute("section", section(caller, definition, problem));
		addLimits(model);
		return SECTION_FRAGMENT;
	}

	/** The letter shown inline; under htmx only the preview, into the page's preview area. */
	@GetMapping("/review/letters/{letterId}")
	String letter(Caller caller, @PathVariable long letterId, Model model) {
		reviewer(caller);
		model.addAttribute("letter", row(this.letters.get(caller, letterId)));
		return LETTER_VIEW;
	}

	@GetMapping(path = "/review/letters/{letterId}", headers = "HX-Request=true")
	String preview(Caller caller, @PathVariable long letterId, Model model) {
		letter(caller, letterId, model);
		return PREVIEW_FRAGMENT;
	}

	/** The refusal to show next to the file field, or null when the letter was stored. */
	private @Nullable String store(Caller caller, ProgramDefinition program, @Nullable MultipartFile file)
			throws IOException {
		if (file == null || (file.isEmpty() && Objects.requireNonNullElse(file.getOriginalFilename(), "").isEmpty())) {
			return this.texts.of("review.letters.file.required");
		}
		// streamed to storage here, outside any transaction (RecommendationLetters#upload)
		try (InputStream content = file.getInputStream()) {
			this.letters.upload(caller, program.code(), content,
					Objects.requireNonNullElse(file.getOriginalFilename(), ""));
			return null;
		}
		catch (UnsupportedMedia | TooLarge | RuleViolation refusal) {
			return this.texts.of(refusal);
		}
	}

	private void show(Model model, Caller caller, Map<String, String> problems) {
		reviewer(caller);
		List<LetterSection> sections = programs(caller).stream()
			.map(program -> section(caller, program, problems.get(program.code())))
			.toList();
		model.addAttribute("sections", sections);
		addLimits(model);
	}

	private void addLimits(Model model) {
		long maxSize = this.documents.maxUploadSize();
		model.addAttribute("maxSize", maxSize);
		model.addAttribute("maxSizeMegabytes", BigDecimal.valueOf(maxSize)
			.divide(BigDecimal.valueOf(DataSize.ofMegabytes(1).toBytes()), 1, RoundingMode.DOWN)
			.stripTrailingZeros()
			.toPlainString());
		model.addAttribute("tooLarge", this.texts.of(TooLarge.over(DataSize.ofBytes(maxSize))));
	}

	private LetterSection section(Caller caller, ProgramDefinition program, @Nullable String problem) {
		List<LetterRow> rows = this.letters.list(caller, program.code()).stream().map(this::row).toList();
		return LetterSection.of(program, this.deadlines.closes(program, shenbao.deadline.WindowKind.LETTERS),
				caller.role(), LocalDateTime.now(this.clock.withZone(Platform.ZONE)), rows,
				problem);
	}

	private LetterRow row(Letter letter) {
		return LetterRow.of(letter, this.regions.fullName(letter.regionCode()));
	}

	/**
	 * The programs of the reviewer's province; a county only sees those its level reviews (揭榜挂帅 goes straight to the
	 * city, so a county has no letter to write for it).
	 */
	private List<ProgramDefinition> programs(Caller caller) {
		String region = Objects.requireNonNull(caller.regionCode());
		return this.programs.all()
			.stream()
			.filter(program -> this.regions.isWithin(region, program.province()))
			.filter(program -> caller.role() != Role.COUNTY_REVIEWER || program.chain().hasCounty())
			.toList();
	}

	/** A program the caller may upload a letter for; any other is "not found", as it would be outside its scope. */
	private ProgramDefinition uploadable(Caller caller, String code) {
		reviewer(caller);
		if (caller.role() == Role.PROVINCE_REVIEWER) {
			throw new NotFound("review.letters.not-found");
		}
		return programs(caller).stream()
			.filter(program -> program.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("review.letters.not-found"));
	}

	/** The page exists for county, city and province reviewers only. */
	private static void reviewer(Caller caller) {
		boolean reviewer = caller.role() == Role.COUNTY_REVIEWER || caller.role() == Role.CITY_REVIEWER
				|| caller.role() == Role.PROVINCE_REVIEWER;
		if (!reviewer || caller.regionCode() == null) {
			throw new NotFound("platform.not-found");
		}
	}

	/**
	 * Everything a program's part of the page shows. After the deadline the form gives way to a note (the service
	 * refuses a late upload all the same).
	 */
	record LetterSection(String code, String name, @Nullable String deadline, boolean closed, boolean mayUpload,
			@Nullable String uploadKey, List<LetterRow> rows, @Nullable String problem) {

		static LetterSection of(ProgramDefinition program, @Nullable LocalDateTime closes, Role role,
				LocalDateTime now, List<LetterRow> rows, @Nullable String problem) {
			String uploadKey = switch (role) {
				case COUNTY_REVIEWER -> "review.letters.upload.county";
				case CITY_REVIEWER -> "review.letters.upload.city";
				default -> null;
			};
			return new LetterSection(program.code(), program.name(), closes == null ? null : Windows.shown(closes),
					closes != null && !now.isBefore(closes), uploadKey != null, uploadKey, rows, problem);
		}

	}

}
