package shenbao.filing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationRow;
import shenbao.application.ApplicationStatus;
import shenbao.audit.AuditTrail;
import shenbao.filing.Priorities;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.Conflict;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * The county's 推荐优先顺序. The recommended set is read from the applications each time (what the county passed on
 * and no one sent back); the stored ranks only order it, so a withdrawn application never leaves a gap.
 */
@Service
class PriorityService implements Priorities {

	/** Past the county: what the county recommended and nobody returned or refused since. */
	static final Set<ApplicationStatus> RECOMMENDED = EnumSet.of(ApplicationStatus.CITY_REVIEW,
			ApplicationStatus.PROVINCE_REVIEW, ApplicationStatus.EXPERT_REVIEW, ApplicationStatus.PUBLICITY,
			ApplicationStatus.RECOGNISED, ApplicationStatus.NOT_RECOGNISED);

	private static final int BATCH = 500;

	private final ApplicationReviews applications;

	private final Programs programs;

	private final PriorityStore store;

	private final AuditTrail audit;

	PriorityService(ApplicationReviews applications, Programs programs, PriorityStore store, AuditTrail audit) {
		this.applications = applications;
		this.programs = programs;
		this.store = store;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Ranked> order(Caller caller, String programCode, String countyCode) {
		ProgramDefinition program = ranked(programCode);
		requireReviewer(caller);
		return ordered(recommended(caller, program.code(), countyCode), this.store.ranks(program.code()));
	}

	@Override
	@Transactional
	public List<Ranked> move(Caller caller, String programCode, long applicationId, boolean up) {
		ProgramDefinition program = ranked(programCode);
		if (caller.role() != Role.COUNTY_REVIEWER || caller.regionCode() == null) {
			throw new NotFound("filing.priority.not-found");
		}
		String county = caller.regionCode();
		Map<Long, Integer> stored = this.store.lockRanks(program.code(), county);
		List<Ranked> order = ordered(recommended(caller, program.code(), county), stored);
		int index = -1;
		for (int position = 0; position < order.size(); position++) {
			if (order.get(position).application().id() == applicationId) {
				index = position;
			}
		}
		if (index < 0) {
			throw new NotFound("filing.priority.not-found");
		}
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= order.size()) {
			return order;
		}
		List<Long> ids = new ArrayList<>(order.stream().map(ranked -> ranked.application().id()).toList());
		ids.set(target, applicationId);
		ids.set(index, order.get(target).application().id());
		try {
			this.store.replace(program.code(), county, ids);
		}
		catch (DuplicateKeyException concurrent) {
			throw new Conflict("filing.priority.concurrent");
		}
		this.audit.record(caller, "PRIORITY_MOVE", "application:" + applicationId,
				program.code() + " " + (index + 1) + " -> " + (target + 1));
		List<Ranked> moved = new ArrayList<>();
		for (int position = 0; position < ids.size(); position++) {
			long id = ids.get(position);
			moved.add(new Ranked(position + 1, order.stream()
				.map(Ranked::application)
				.filter(row -> row.id() == id)
				.findFirst()
				.orElseThrow()));
		}
		return moved;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> ranks(Caller caller, String programCode, @Nullable String regionCode) {
		ProgramDefinition program = this.programs.get(programCode);
		if (!program.chain().countyRanks()) {
			return Map.of();
		}
		Map<String, List<ApplicationRow>> byCounty = new LinkedHashMap<>();
		this.applications.forEachBatch(caller, program.code(), regionCode, BATCH, batch -> batch.stream()
			.filter(row -> RECOMMENDED.contains(row.status()))
			.forEach(row -> byCounty.computeIfAbsent(row.regionCode(), county -> new ArrayList<>()).add(row)));
		Map<Long, Integer> stored = this.store.ranks(program.code());
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		byCounty.values().forEach(rows -> ordered(rows, stored)
			.forEach(ranked -> ranks.put(ranked.application().id(), ranked.rank())));
		return ranks;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> counties(Caller caller, String programCode) {
		ProgramDefinition program = ranked(programCode);
		requireReviewer(caller);
		if (caller.role() == Role.COUNTY_REVIEWER) {
			return caller.regionCode() == null ? List.of() : List.of(caller.regionCode());
		}
		Set<String> counties = new java.util.TreeSet<>();
		this.applications.forEachBatch(caller, program.code(), null, BATCH, batch -> batch.stream()
			.filter(row -> RECOMMENDED.contains(row.status()) && !row.regionCode().equals(row.cityCode()))
			.forEach(row -> counties.add(row.regionCode())));
		return List.copyOf(counties);
	}

	private ProgramDefinition ranked(String programCode) {
		ProgramDefinition program = this.programs.get(programCode);
		if (!program.chain().countyRanks()) {
			throw new NotFound("filing.priority.not-found");
		}
		return program;
	}

	private static void requireReviewer(Caller caller) {
		if (caller.role() != Role.COUNTY_REVIEWER && caller.role() != Role.CITY_REVIEWER
				&& caller.role() != Role.PROVINCE_REVIEWER) {
			throw new NotFound("filing.priority.not-found");
		}
	}

	/** The county's recommended applications inside the caller's scope (none when the county lies outside it). */
	private List<ApplicationRow> recommended(Caller caller, String programCode, String countyCode) {
		List<ApplicationRow> rows = new ArrayList<>();
		String region = caller.role() == Role.COUNTY_REVIEWER ? null : countyCode;
		if (caller.role() == Role.COUNTY_REVIEWER && !countyCode.equals(caller.regionCode())) {
			throw new NotFound("filing.priority.not-found");
		}
		this.applications.forEachBatch(caller, programCode, region, BATCH, batch -> batch.stream()
			.filter(row -> RECOMMENDED.contains(row.status()) && row.regionCode().equals(countyCode))
			.forEach(rows::add));
		return rows;
	}

	/** Stored ranks first, then the not yet ranked by submission; numbered 1..n. */
	static List<Ranked> ordered(List<ApplicationRow> rows, Map<Long, Integer> stored) {
		List<ApplicationRow> sorted = rows.stream()
			.sorted(Comparator.comparing((ApplicationRow row) -> stored.getOrDefault(row.id(), Integer.MAX_VALUE))
				.thenComparing(row -> row.submittedAt() == null ? java.time.Instant.MAX : row.submittedAt())
				.thenComparing(ApplicationRow::id))
			.toList();
		List<Ranked> ranked = new ArrayList<>();
		for (int index = 0; index < sorted.size(); index++) {
			ranked.add(new Ranked(index + 1, sorted.get(index)));
		}
		return ranked;
	}

}
