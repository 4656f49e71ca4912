/**
 * 专家评审 (expert review, SPEC §2, §3 EXPERT_REVIEW, §12): the province's panel per program, the experts' declared
 * affiliations, relationships and conflicts, assignment of applications (manual and automatic, under a load cap and
 * never to a conflicted expert), the experts' independent score sheets, the round's closure with its aggregation and
 * ranking, and the proposed list (拟认定名单). It moves no application out of EXPERT_REVIEW: 公示 does that, reading
 * {@link shenbao.expert.ExpertPanels#proposed}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "region", "program", "application", "audit", "document" })
@org.jspecify.annotations.NullMarked
package shenbao.expert;
