package shenbao.expert;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * The province's side of expert review (SPEC §2: 工信厅 assigns experts). Every method but {@link #proposed} is for
 * province reviewers only; anyone else gets "not found" (404). Changes after the round closed are refused (409).
 */
public interface ExpertPanels {

	Panel panel(Caller caller, String programCode);

	void settings(Caller caller, String programCode, RoundSettings settings);

	void addMember(Caller caller, String programCode, long expertId);

	/** @throws shenbao.platform.Conflict when the expert already has applications of this program */
	void removeMember(Caller caller, String programCode, long expertId);

	/** Every EXPERT account with what it declared, for the affiliations page. */
	List<ExpertProfile> experts(Caller caller);

	/** Records an expert's own unit and region, as the expert declared them. */
	ExpertProfile affiliation(Caller caller, long expertId, Affiliation affiliation);

	ExpertProfile addRelationship(Caller caller, long expertId, UnitDeclaration relationship);

	ExpertProfile removeRelationship(Caller caller, long expertId, long relationshipId);

	/**
	 * Gives an application in expert review to a panel member.
	 * @throws shenbao.platform.Conflict (409) when the expert conflicts with it (the detail says why), is at the load
	 * cap, already has it, or the round is closed
	 */
	void assign(Caller caller, String programCode, long applicationId, long expertId);

	/** @throws shenbao.platform.Conflict when the expert has already submitted the sheet */
	void unassign(Caller caller, String programCode, long applicationId, long expertId);

	/**
	 * Tops every application up to the settings' number of experts: the least loaded free panel members first, never
	 * one who conflicts, never past the load cap.
	 */
	AutoAssignment autoAssign(Caller caller, String programCode);

	/** Ends scoring: unsubmitted sheets no longer count, and every expert may now see the panel's scores. */
	void close(Caller caller, String programCode);

	/** The ranking of a closed round (empty while it is open). */
	List<RankedApplication> results(Caller caller, String programCode);

	/**
	 * The aggregation of a program's round for the province's 汇总表: of a closed round its ranking, of an open one
	 * the same arithmetic over the sheets submitted so far (marked provisional); empty where the program has no
	 * expert round. Province reviewers only (anyone else: 404), as experts' scores are never shown below it.
	 */
	java.util.Optional<ExpertStanding> standing(Caller caller, String programCode);

	/**
	 * Decides the 拟认定名单: exactly these ranked applications, each decision recorded in its 办理记录.
	 * @throws shenbao.platform.Conflict while the round is open
	 * @throws shenbao.platform.InvalidInput when an id is not a ranked application of the round
	 */
	List<ProposedApplication> propose(Caller caller, String programCode, List<Long> applicationIds,
			@Nullable String opinion);

	/** The proposed list in rank order, for the 公示 (no caller: the portal module decides who may read it). */
	List<ProposedApplication> proposed(String programCode);

}
