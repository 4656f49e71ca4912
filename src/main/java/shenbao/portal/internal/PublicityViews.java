package shenbao.portal.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import shenbao.portal.ObjectionCase;
import shenbao.portal.Publicity;
import shenbao.portal.Publicity.Entry;
import shenbao.portal.Publicity.PublicObjection;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Regions;

/**
 * Builds the public view of a 公示. Objections are copied field by field into {@link PublicObjection}, which has no
 * place for the objector's name, contact, letter or text: nothing the public page renders can leak them.
 */
@Component
class PublicityViews {

	private final PublicityStore store;

	private final Programs programs;

	private final Regions regions;

	private final Clock clock;

	PublicityViews(PublicityStore store, Programs programs, Regions regions, Clock clock) {
		this.store = store;
		this.programs = programs;
		this.regions = regions;
		this.clock = clock;
	}

	Publicity view(PublicityStore.Row row) {
		List<Entry> entries = this.store.entries(row.id())
			.stream()
			.map(entry -> new Entry(entry.id(), entry.applicationId(), entry.unitName(),
					this.regions.fullName(entry.regionCode()), entry.position(), entry.listed()))
			.toList();
		List<PublicObjection> objections = this.store.objections(row.id()).stream().map(PublicityViews::shown).toList();
		boolean accepts = row.open() && this.clock.instant().isBefore(row.closesAt());
		return new Publicity(row.id(), row.programCode(), programName(row.programCode()), row.title(), row.bodyHtml(),
				row.windowDays(), row.publishedAt(), row.closesAt(), row.open(), accepts, row.finalisedAt(), entries,
				objections);
	}

	String programName(String code) {
		return this.programs.find(code).map(ProgramDefinition::name).orElse(code);
	}

	private static PublicObjection shown(ObjectionCase objection) {
		return new PublicObjection(objection.receipt(), objection.category(), objection.unitName(),
				objection.filedAt(), objection.outcome(), objection.reasons());
	}

}
