package shenbao.expert.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.expert.Affiliation;
import shenbao.expert.ExpertProfile;
import shenbao.expert.ExpertProfile.Declaration;
import shenbao.expert.UnitDeclaration;
import shenbao.expert.internal.DeclarationStore.Declared;
import shenbao.expert.internal.DeclarationStore.Kind;
import shenbao.identity.AccountDirectory;
import shenbao.identity.AccountDirectory.AccountSummary;
import shenbao.identity.Caller;
import shenbao.identity.CreditCode;
import shenbao.identity.Role;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.region.Regions;

/** Expert accounts with what they declared: read them, and record new declarations after checking them. */
@Component
class ExpertDirectory {

	private final AccountDirectory accounts;

	private final DeclarationStore declarations;

	private final Regions regions;

	private final Clock clock;

	ExpertDirectory(AccountDirectory accounts, DeclarationStore declarations, Regions regions, Clock clock) {
		this.accounts = accounts;
		this.declarations = declarations;
		this.regions = regions;
		this.clock = clock;
	}

	List<AccountSummary> accounts() {
		return this.accounts.withRole(Role.EXPERT);
	}

	/** The expert account, or "not found" for any other id. */
	AccountSummary account(long expertId) {
		return this.accounts.find(expertId)
			.filter(account -> account.role() == Role.EXPERT)
			.orElseThrow(() -> new NotFound("expert.expert.not-found"));
	}

	ExpertProfile profile(long expertId) {
		return profiles(List.of(account(expertId))).getFirst();
	}

	/** The profiles of these accounts, in their order. */
	List<ExpertProfile> profiles(Collection<AccountSummary> experts) {
		Map<Long, List<Declared>> byExpert = new HashMap<>();
		this.declarations.ofAll(experts.stream().map(AccountSummary::id).toList())
			.forEach(declared -> byExpert.computeIfAbsent(declared.expertId(), id -> new ArrayList<>()).add(declared));
		List<ExpertProfile> profiles = new ArrayList<>();
		for (AccountSummary expert : experts) {
			Affiliation affiliation = this.declarations.affiliation(expert.id())
				.orElse(new Affiliation(null, null, null));
			List<Declared> declared = byExpert.getOrDefault(expert.id(), List.of());
			profiles.add(new ExpertProfile(expert.id(), expert.displayName(), affiliation.unitName(),
					affiliation.creditCode(), affiliation.regionCode(), of(declared, Kind.RELATIONSHIP),
					of(declared, Kind.CONFLICT)));
		}
		return profiles;
	}

	void saveAffiliation(Caller actor, long expertId, Affiliation affiliation) {
		String code = creditCode(affiliation.creditCode());
		String region = blankToNull(affiliation.regionCode());
		if (region != null && this.regions.find(region).isEmpty()) {
			throw InvalidInput.field("regionCode", "expert.region.unknown", region);
		}
		this.declarations.saveAffiliation(expertId,
				new Affiliation(blankToNull(affiliation.unitName()), code, region), actor.displayName(),
				this.clock.instant());
	}

	void declare(Caller actor, long expertId, Kind kind, UnitDeclaration declaration) {
		String code = creditCode(declaration.creditCode());
		String name = blankToNull(declaration.unitName());
		if (code == null && name == null) {
			throw InvalidInput.field("unitName", "expert.declaration.unit-required");
		}
		this.declarations.add(expertId, kind, code, name, null, note(declaration.note()), actor.displayName(),
				this.clock.instant());
	}

	void declareOnApplication(Caller actor, Applicant applicant, String reason) {
		this.declarations.add(actor.accountId(), Kind.CONFLICT, applicant.creditCode(), applicant.unitName(),
				applicant.applicationId(), note(reason), actor.displayName(), this.clock.instant());
	}

	void removeRelationship(long expertId, long relationshipId) {
		if (!this.declarations.remove(expertId, relationshipId, Kind.RELATIONSHIP)) {
			throw new NotFound("expert.declaration.not-found");
		}
	}

	private static String note(@Nullable String note) {
		String text = blankToNull(note);
		if (text == null) {
			throw InvalidInput.field("note", "expert.declaration.note-required");
		}
		if (text.length() > 500) {
			throw InvalidInput.field("note", "expert.declaration.note-too-long", 500);
		}
		return text;
	}

	/** A valid code or null; an invalid one is refused (400, field {@code creditCode}). */
	private static @Nullable String creditCode(@Nullable String value) {
		String code = blankToNull(value);
		if (code == null) {
			return null;
		}
		return CreditCode.parse(code).value();
	}

	private static List<Declaration> of(List<Declared> declared, Kind kind) {
		return declared.stream()
			.filter(row -> row.kind() == kind)
			.map(row -> new Declaration(row.id(), row.creditCode(), row.unitName(), row.applicationId(), row.note()))
			.toList();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
