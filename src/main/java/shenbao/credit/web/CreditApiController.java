package shenbao.credit.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import shenbao.credit.CreditCheck;
import shenbao.credit.CreditList;
import shenbao.credit.ImportResult;
import shenbao.identity.Caller;

/** The credit checks and the 失信 list import over the open API. */
@RestController
class CreditApiController {

	private final CreditList credit;

	CreditApiController(CreditList credit) {
		this.credit = credit;
	}

	@GetMapping("/api/v1/credit/{code}")
	CreditCheck check(Caller caller, @PathVariable String code) {
		return this.credit.check(caller, code);
	}

	/** A filled template (企业名称, *统一社会信用代码) in, the answer workbook out. */
	@PostMapping(path = "/api/v1/credit/checks", consumes = "multipart/form-data")
	void checkAll(Caller caller, @RequestParam("file") MultipartFile file, HttpServletResponse response)
			throws IOException {
		java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
		try (InputStream content = file.getInputStream()) {
			this.credit.checkAll(caller, content, answer);
		}
		response.setContentType(CreditController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("credit-check.xlsx").build().toString());
		answer.writeTo(response.getOutputStream());
	}

	@GetMapping("/api/v1/credit/template")
	void template(Caller caller, HttpServletResponse response) throws IOException {
		response.setContentType(CreditController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("credit-check-template.xlsx").build().toString());
		this.credit.writeTemplate(caller, response.getOutputStream());
	}

	@PostMapping("/api/v1/credit/{code}/removal")
	void remove(Caller caller, @PathVariable String code, @org.springframework.web.bind.annotation.RequestBody Removal removal) {
		this.credit.remove(caller, code, removal.note() == null ? "" : removal.note());
	}

	record Removal(@org.jspecify.annotations.Nullable String note) {
	}

	@PostMapping(path = "/api/v1/credit/imports", consumes = "multipart/form-data")
	ImportResult importList(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return this.credit.importList(caller, content);
		}
	}

}
