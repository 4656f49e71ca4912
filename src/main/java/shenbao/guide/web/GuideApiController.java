package shenbao.guide.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import shenbao.guide.CityGuides;
import shenbao.guide.Guide;
import shenbao.guide.GuideEdit;
import shenbao.guide.UnitImport;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;

/**
 * A city's 申报指南 over the open API (not in SPEC §10; shaped here): the city's guides, one program's guide written
 * with {@code PUT} (with {@code alsoFor}, the same guide for several programs at once, all or nothing), the named list
 * import and the combined 汇总表. A city other than the caller's own is 404.
 */
@RestController
class GuideApiController {

	private final CityGuides guides;

	GuideApiController(CityGuides guides) {
		this.guides = guides;
	}

	@GetMapping("/api/v1/cities/{cityCode}/guides")
	List<Guide> list(Caller caller, @PathVariable String cityCode) {
		return this.guides.list(caller, cityCode);
	}

	/**
	 * Writes the guide of {@code programCode} (created when the city has none for it). Times are local
	 * (Asia/Shanghai), a close exclusive: "4 月 20 日前" is {@code 2024-04-21T00:00}.
	 */
	@PutMapping("/api/v1/cities/{cityCode}/guides/{programCode}")
	Guide put(Caller caller, @PathVariable String cityCode, @PathVariable String programCode,
			@RequestBody GuideRequest request) {
		Guide current = this.guides.list(caller, cityCode)
			.stream()
			.filter(guide -> guide.programCodes().contains(programCode))
			.findFirst()
			.orElse(null);
		List<String> programs = new ArrayList<>();
		programs.add(programCode);
		if (request.alsoFor() != null) {
			request.alsoFor().stream().filter(code -> !programs.contains(code)).forEach(programs::add);
		}
		return this.guides.save(caller, new GuideEdit(current == null ? null : current.id(), programs,
				request.title() == null ? "" : request.title(), request.body() == null ? "" : request.body(), null, null,
				request.applyOpens(), request.applyCloses(), Boolean.TRUE.equals(request.restricted()),
				request.countyReview(), request.countyCloses(), request.published(), request.version()));
	}

	/** A workbook with the columns 企业名称 and 统一社会信用代码; 422 with each refused row when any row is bad. */
	@PostMapping(path = "/api/v1/cities/{cityCode}/guides/{id}/units", consumes = "multipart/form-data")
	ResponseEntity<UnitImport> importUnits(Caller caller, @PathVariable String cityCode, @PathVariable long id,
			@RequestParam("file") MultipartFile file) throws IOException {
		own(caller, cityCode, id);
		try (InputStream content = file.getInputStream()) {
			UnitImport result = this.guides.importUnits(caller, id, content);
			return ResponseEntity.status(result.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(result);
		}
	}

	@GetMapping("/api/v1/cities/{cityCode}/guides/{id}/summary")
	void summary(Caller caller, @PathVariable String cityCode, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		own(caller, cityCode, id);
		String filename = this.guides.summaryFilename(caller, id);
		response.setContentType(GuidesController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString());
		this.guides.exportSummary(caller, id, response.getOutputStream());
	}

	private void own(Caller caller, String cityCode, long id) {
		if (!this.guides.get(caller, id).cityCode().equals(cityCode)) {
			throw new NotFound("guide.not-found");
		}
	}

	/** The body of {@code PUT}: blank times follow the province; {@code countyReview} null keeps the city's setting. */
	record GuideRequest(@Nullable String title, @Nullable String body, @Nullable LocalDateTime applyOpens,
			@Nullable LocalDateTime applyCloses, @Nullable Boolean restricted, @Nullable Boolean countyReview,
			@Nullable LocalDateTime countyCloses, @Nullable Boolean published, @Nullable List<String> alsoFor,
			@Nullable Integer version) {
	}

}
