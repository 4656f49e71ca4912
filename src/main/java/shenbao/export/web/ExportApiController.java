package shenbao.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shenbao.export.SummaryRequest;
import shenbao.export.SummarySheets;
import shenbao.identity.Caller;

/** SPEC §10: {@code GET /api/v1/exports/summary} answers the 汇总表 of the caller's scope as {@code .xlsx}. */
@RestController
class ExportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SummarySheets sheets;

	ExportApiController(SummarySheets sheets) {
		this.sheets = sheets;
	}

	/** Checked before the first byte is sent, so a refusal is still a problem-details 404. */
	@GetMapping("/api/v1/exports/summary")
	void summary(Caller caller, @RequestParam String program, @RequestParam(required = false) @Nullable String region,
			HttpServletResponse response) throws IOException {
		SummaryRequest request = this.sheets.check(caller, program, region);
		prepare(response, request.filename());
		this.sheets.download(caller, request, response.getOutputStream());
	}

	static void prepare(HttpServletResponse response, String filename) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
