package shenbao.review.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import shenbao.application.ApplicationQuery;
import shenbao.identity.Caller;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.Texts;
import shenbao.program.ReviewChain.ReviewLevel;
import shenbao.program.Programs;
import shenbao.region.Regions;
import shenbao.review.ReviewBundles;
import shenbao.review.ReviewBundles.Bundle;

/**
 * 批量下载 (SPEC §12): the sealed 申报书 and the 推荐函 of the list 我的待办 shows under the same tab and filters, as one
 * zip streamed to the browser. A refusal (empty list, too long a list) comes back to the list as a message, before
 * any byte of the zip is sent.
 */
@Controller
class BundleController {

	static final String ZIP = "application/zip";

	private final ReviewBundles bundles;

	private final Programs programs;

	private final Regions regions;

	private final Texts texts;

	BundleController(ReviewBundles bundles, Programs programs, Regions regions, Texts texts) {
		this.bundles = bundles;
		this.programs = programs;
		this.regions = regions;
		this.texts = texts;
	}

	@GetMapping("/review/bundle")
	void download(Caller caller, @RequestParam(required = false) @Nullable String tab,
			@RequestParam(required = false) @Nullable String program,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String name, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ReviewLevel level = ReviewListController.levelOf(caller);
		ReviewTab chosen = ReviewTab.parse(tab);
		String programCode = program != null && this.programs.find(program).isPresent() ? program : null;
		// as the list: a region the caller may not filter by is no filter (the scope still applies)
		String regionCode = region != null && level != ReviewLevel.COUNTY
				&& this.regions.isWithin(region, caller.regionCode()) && !region.equals(caller.regionCode()) ? region
						: null;
		String unitName = name == null || name.isBlank() ? null : name.strip();
		Bundle bundle;
		try {
			bundle = this.bundles.prepare(caller,
					new ApplicationQuery(programCode, chosen.statuses(level), regionCode, unitName, 0, 1));
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			// the answer is written by hand (a response argument leaves no view to redirect through)
			String location = request.getContextPath() + UriComponentsBuilder.fromPath("/review")
				.queryParam("tab", chosen.param())
				.queryParamIfPresent("program", java.util.Optional.ofNullable(programCode))
				.queryParamIfPresent("region", java.util.Optional.ofNullable(regionCode))
				.queryParamIfPresent("name", java.util.Optional.ofNullable(unitName))
				.encode()
				.build()
				.toUriString();
			RequestContextUtils.getOutputFlashMap(request).put("bundleRefusal", this.texts.of(ex));
			RequestContextUtils.saveOutputFlashMap(location, request, response);
			response.sendRedirect(location);
			return;
		}
		response.setContentType(ZIP);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(bundle.filename(), StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.bundles.write(caller, bundle, response.getOutputStream());
	}

}
