package shenbao.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.audit.AuditTrail;
import shenbao.export.SummaryRequest;
import shenbao.export.SummarySheets;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.Texts;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * {@link SummarySheets}: who may have which 汇总表, and the download with its audit record. Reviewers of a level
 * (county, city, province) and the system admin; a region must lie inside the caller's own (SPEC §10: else 404).
 */
@Service
class Summaries implements SummarySheets {

	static final String NOT_FOUND = "export.not-found";

	private static final Set<Role> EXPORTERS = Set.of(Role.COUNTY_REVIEWER, Role.CITY_REVIEWER,
			Role.PROVINCE_REVIEWER, Role.SYSTEM_ADMIN);

	private final Programs programs;

	private final Regions regions;

	private final ApplicationReviews applications;

	private final SummaryWriter writer;

	private final AuditTrail audit;

	private final Texts texts;

	private final Clock clock;

	Summaries(Programs programs, Regions regions, ApplicationReviews applications, SummaryWriter writer,
			AuditTrail audit, Texts texts, Clock clock) {
		this.programs = programs;
		this.regions = regions;
		this.applications = applications;
		this.writer = writer;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public SummaryRequest check(Caller caller, String programCode, @Nullable String regionCode) {
		String home = caller.regionCode();
		if (!EXPORTERS.contains(caller.role()) || (caller.role() != Role.SYSTEM_ADMIN && home == null)) {
			throw new NotFound(NOT_FOUND);
		}
		ProgramDefinition program = this.programs.get(programCode);
		String region = regionCode == null || regionCode.isBlank() || regionCode.strip().equals(home) ? null
				: regionCode.strip();
		if (region != null) {
			boolean known = this.regions.find(region).isPresent();
			if (!known || (home != null && !this.regions.isWithin(region, home))) {
				throw new NotFound("export.region.not-found");
			}
		}
		long rows = this.applications.search(caller, new ApplicationQuery(program.code(), Set.of(), region, null, 0, 1))
			.total();
		String scope = region != null ? this.regions.fullName(region)
				: home != null ? this.regions.fullName(home) : this.texts.of("export.all-regions");
		String filename = this.texts.of("export.filename", program.name(),
				region != null ? this.regions.find(region).map(Region::name).orElse(region)
						: home != null ? this.regions.find(home).map(Region::name).orElse(home)
								: this.texts.of("export.all-regions"),
				DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(this.clock.getZone()).format(this.clock.instant()));
		return new SummaryRequest(program.code(), program.name(), region, scope, rows, filename);
	}

	@Override
	public long download(Caller caller, SummaryRequest request, OutputStream out) throws IOException {
		long rows = this.writer.write(caller, request, out, written -> {
		});
		record(this.audit, caller, request, rows);
		return rows;
	}

	@Override
	public long downloadCombined(Caller caller, java.util.List<SummaryRequest> requests, OutputStream out)
			throws IOException {
		java.util.List<Long> rows = this.writer.writeAll(caller, requests, out);
		for (int i = 0; i < requests.size(); i++) {
			record(this.audit, caller, requests.get(i), rows.get(i));
		}
		return rows.stream().mapToLong(Long::longValue).sum();
	}

	/** SPEC issue 6 point 5: every document download is in the audit record. */
	static void record(AuditTrail audit, Caller caller, SummaryRequest request, long rows) {
		String region = request.regionCode() != null ? request.regionCode()
				: caller.regionCode() != null ? caller.regionCode() : "all";
		audit.record(caller, "EXPORT", "program:" + request.programCode(), "region " + region + " rows " + rows);
	}

}
