package shenbao.filing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import shenbao.filing.SupplyDemand;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.Texts;
import shenbao.program.Programs;
import shenbao.region.Regions;

/** 供需汇总表: the county downloads the sheet, fills it and uploads it; its city and the province read and download. */
@Controller
class SupplyDemandController {

	static final String VIEW = "filing/supply-demand";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SupplyDemand supplyDemand;

	private final Programs programs;

	private final Regions regions;

	private final Texts texts;

	SupplyDemandController(SupplyDemand supplyDemand, Programs programs, Regions regions, Texts texts) {
		this.supplyDemand = supplyDemand;
		this.programs = programs;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/review/supply-demand/{program}")
	String show(Caller caller, @PathVariable String program, Model model) {
		model.addAttribute("program", this.programs.get(program));
		model.addAttribute("filings", this.supplyDemand.filings(caller, program));
		model.addAttribute("regions", new RegionNames(this.regions));
		model.addAttribute("files", caller.role() == Role.COUNTY_REVIEWER);
		return VIEW;
	}

	@PostMapping("/review/supply-demand/{program}")
	String file(Caller caller, @PathVariable String program, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			model.addAttribute("filed", this.supplyDemand.file(caller, program, content));
		}
		catch (InvalidInput refused) {
			model.addAttribute("fileError", this.texts.detailed(refused));
		}
		return show(caller, program, model);
	}

	@GetMapping("/review/supply-demand/{program}/template.xlsx")
	ResponseEntity<byte[]> template(Caller caller, @PathVariable String program) {
		return xlsx(this.supplyDemand.template(caller, program), this.texts.of("filing.supply.file.template"));
	}

	@GetMapping("/review/supply-demand/{program}/sheet.xlsx")
	ResponseEntity<byte[]> sheet(Caller caller, @PathVariable String program) {
		return xlsx(this.supplyDemand.workbook(caller, program), this.texts.of("filing.supply.file.sheet"));
	}

	private static ResponseEntity<byte[]> xlsx(byte[] content, String filename) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	/** Region names for the page. */
	record RegionNames(Regions regions) {

		public String of(String code) {
			return this.regions.fullName(code);
		}

	}

}
