package shenbao.portal;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import shenbao.MovableTime;
import shenbao.MutableClock;
import shenbao.application.ApplicantApi;
import shenbao.identity.Caller;
import shenbao.platform.Platform;
import shenbao.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 point 2 on PostgreSQL: the province publishes a 公示 from the applications in expert review; the public files
 * objections under a real name (anonymous ones refused) whose identity only the province sees; finalising waits for
 * the window and every answer; an upheld objection changes the final list, and each unit hears its result.
 */
@Import(MovableTime.class)
@SpringBootTest
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(shenbao.MovableTime.Restored.class)
class PublicityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Publicities publicities;

	@Autowired
	MutableClock clock;

	@Test
	void theExpertReviewsProposedListComesTicked() throws Exception {
		String program = "alliance-assessment";
		long proposed = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, "pub-p1", program);
		long notProposed = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, "pub-p2", program);
		this.jdbc.sql("""
				INSERT INTO expert_round (program_code, experts_per_application, max_per_expert, closed_at, closed_by)
				VALUES (:program, 3, 20, now(), 'test')
				""").param("program", program).update();
		this.jdbc.sql("""
				INSERT INTO expert_proposal (program_code, application_id, unit_id, unit_name, region_code, rank_position,
				    score, proposed_at, proposed_by)
				SELECT program_code, id, unit_id, unit_name, region_code, 1, 88.5, now(), 'test' FROM application WHERE id = :id
				""").param("id", proposed).update();
		String page = this.mvc.perform(get("/portal/admin/publicity/new").param("program", program)
				.cookie(logIn("province")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已按专家评审的拟认定名单预先勾选");
		assertThat(page).containsPattern("value=\"" + proposed + "\"\\s+checked");
		assertThat(page).doesNotContainPattern("value=\"" + notProposed + "\"\\s+checked");
	}

	@Test
	void publishingMovesTheListToPublicityAndOnlyExpertReviewApplicationsQualify() throws Exception {
		long listed = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, "pub-a1", "etc-2026");
		long other = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, "pub-a2", "etc-2026");
		this.jdbc.sql("UPDATE application SET status = 'PROVINCE_REVIEW' WHERE id = :id").param("id", other).update();
		Cookie province = logIn("province");
		this.mvc.perform(get("/portal/admin/publicity/new").param("program", "etc-2026").cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pub-a1 科技有限公司")))
			.andExpect(content().string(not(containsString("pub-a2 科技有限公司"))));
		this.mvc.perform(post("/portal/admin/publicity").cookie(province).with(csrf())
				.param("program", "etc-2026").param("applicationIds", String.valueOf(other))
				.param("title", "不该发布的公示").param("windowDays", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在专家评审阶段")));
		this.mvc.perform(post("/portal/admin/publicity").cookie(province).with(csrf())
				.param("program", "etc-2026").param("title", "").param("windowDays", "0"))
			.andExpect(content().string(containsString("请至少选择一个拟认定单位")))
			.andExpect(content().string(containsString("公示天数应为 1 至 60 天")));

		this.mvc.perform(post("/portal/admin/publicity").cookie(province).with(csrf())
				.param("program", "etc-2026").param("applicationIds", String.valueOf(listed))
				.param("title", "2026年企业技术中心拟认定名单公示（发布测试）").param("body", "<p>现予公示。</p>"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/portal/admin/publicity/*"));
		assertThat(PortalFixtures.status(this.jdbc, listed)).isEqualTo("PUBLICITY");
		assertThat(PortalFixtures.status(this.jdbc, other)).isEqualTo("PROVINCE_REVIEW");
		Publicity publicity = latest("发布测试");
		assertThat(publicity.windowDays()).isEqualTo(5);
		// calendar days counting the day of publication, to the end of the last day (Asia/Shanghai)
		assertThat(publicity.closesLocal().toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
		assertThat(publicity.closesLocal().toLocalDate())
			.isEqualTo(publicity.publishedAt().atZone(Platform.ZONE).toLocalDate().plusDays(5));
		this.mvc.perform(get("/my/messages").cookie(logIn("pub-a1")))
			.andExpect(content().string(containsString("已列入公示")));
		// the list is the province's business: a city reviewer finds no such page
		this.mvc.perform(get("/portal/admin/publicity/new").param("program", "etc-2026").cookie(logIn("city-620600")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anObjectionWithoutARealNameOrContactIsRefusedAndNothingIsKept() throws Exception {
		Publicity publicity = publish("拒绝匿名", "obj-b1");
		long entry = publicity.entries().getFirst().id();
		long before = objections();

		objection(publicity.id(), entry, "PERSON", "", "13912345678", "材料造假").andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写真实姓名，匿名异议不予受理")));
		objection(publicity.id(), entry, "PERSON", "匿名", "13912345678", "材料造假")
			.andExpect(content().string(containsString("匿名异议不予受理")));
		objection(publicity.id(), entry, "PERSON", "李四", "", "材料造假")
			.andExpect(content().string(containsString("请填写联系电话")))
			// what the visitor typed stays in the form
			.andExpect(content().string(containsString("材料造假")));
		objection(publicity.id(), entry, "UNIT", "某某科技有限公司", "0931-1234567", "材料造假")
			.andExpect(content().string(containsString("须上传加盖公章的书面材料")));
		assertThat(objections()).isEqualTo(before);

		objection(publicity.id(), entry, "PERSON", "李四", "13912345678", "材料造假").andExpect(status().isFound());
		assertThat(objections()).isEqualTo(before + 1);
		MockMultipartHttpServletRequestBuilder unit = multipart("/portal/publicity/" + publicity.id() + "/objections");
		unit.file(new MockMultipartFile("letter", "盖章函.pdf", "application/pdf", ApplicantApi.pdf(2_000)));
		this.mvc.perform(fields(unit, entry, "UNIT", "某某科技有限公司", "0931-1234567", "同行举报").param("category", "REPORT"))
			.andExpect(status().isFound());
		assertThat(objections()).isEqualTo(before + 2);
	}

	@Test
	void theObjectorsIdentityIsShownToTheProvinceOnly() throws Exception {
		Publicity publicity = publish("身份保密", "id-c1");
		long entry = publicity.entries().getFirst().id();
		MockMultipartHttpServletRequestBuilder request = multipart("/portal/publicity/" + publicity.id() + "/objections");
		request.file(new MockMultipartFile("evidence", "证据.pdf", "application/pdf", ApplicantApi.pdf(3_000)));
		this.mvc.perform(fields(request, entry, "PERSON", "欧阳知情", "13987654321", "该单位研发人员数量不实")
			.param("email", "zhiqing@example.com")).andExpect(status().isFound());
		String evidence = this.jdbc.sql("SELECT evidence_file_id::text FROM publicity_objection WHERE objector_name = '欧阳知情'")
			.query(String.class).single();

		for (Cookie visitor : new Cookie[] { null, logIn("id-c1"), logIn("city-620600") }) {
			var page = get("/portal/publicity/" + publicity.id());
			this.mvc.perform(visitor == null ? page : page.cookie(visitor))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id-c1 科技有限公司")))
				.andExpect(content().string(containsString("处理中")))
				.andExpect(content().string(not(containsString("欧阳知情"))))
				.andExpect(content().string(not(containsString("13987654321"))))
				.andExpect(content().string(not(containsString("zhiqing@example.com"))))
				.andExpect(content().string(not(containsString("研发人员数量不实"))));
		}
		for (String username : List.of("id-c1", "city-620600", "county-620602", "expert1")) {
			Cookie session = logIn(username);
			this.mvc.perform(get("/portal/admin/publicity/" + publicity.id()).cookie(session))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("欧阳知情"))));
			this.mvc.perform(get("/files/" + evidence).cookie(session)).andExpect(status().isNotFound());
		}
		Cookie province = logIn("province");
		this.mvc.perform(get("/portal/admin/publicity/" + publicity.id()).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("欧阳知情")))
			.andExpect(content().string(containsString("13987654321")))
			.andExpect(content().string(containsString("该单位研发人员数量不实")));
		this.mvc.perform(get("/files/" + evidence).cookie(province)).andExpect(status().isOk());
		this.mvc.perform(get("/portal/admin/publicity/" + publicity.id())).andExpect(status().is3xxRedirection());
	}

	@Test
	void finalisingWaitsForTheWindowToCloseAndEveryObjectionToBeAnswered() throws Exception {
		Publicity publicity = publish("等待答复", "fin-d1");
		Caller province = PortalFixtures.account(this.jdbc, "province");
		objection(publicity.id(), publicity.entries().getFirst().id(), "PERSON", "王五", "13800001111", "请核实")
			.andExpect(status().isFound());

		assertThatThrownBy(() -> this.publicities.finalise(province, publicity.id()))
			.isInstanceOf(RuleViolation.class).hasMessage("portal.publicity.window-open");
		Cookie session = logIn("province");
		this.mvc.perform(post("/portal/admin/publicity/" + publicity.id() + "/finalisation").cookie(session).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/portal/admin/publicity/" + publicity.id()).cookie(session))
			.andExpect(content().string(containsString("公示期尚未结束")));

		this.clock.advance(Duration.ofDays(publicity.windowDays() + 1));
		objection(publicity.id(), publicity.entries().getFirst().id(), "PERSON", "赵六", "13800002222", "太晚了")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公示期已结束")));
		assertThatThrownBy(() -> this.publicities.finalise(province, publicity.id()))
			.isInstanceOf(RuleViolation.class).hasMessage("portal.publicity.unanswered");
		assertThat(PortalFixtures.status(this.jdbc, publicity.entries().getFirst().applicationId()))
			.isEqualTo("PUBLICITY");

		long objection = this.publicities.objections(province, publicity.id()).getFirst().id();
		this.mvc.perform(post("/portal/admin/objections/" + objection + "/answer").cookie(session).with(csrf())
				.param("publicity", String.valueOf(publicity.id())).param("outcome", "REJECTED").param("reasons", ""))
			.andExpect(status().isFound());
		assertThat(this.publicities.objections(province, publicity.id()).getFirst().answered()).isFalse();
		this.mvc.perform(post("/portal/admin/objections/" + objection + "/answer").cookie(session).with(csrf())
				.param("publicity", String.valueOf(publicity.id())).param("outcome", "REJECTED")
				.param("reasons", "经核实，研发人员数量与社保记录一致"))
			.andExpect(status().isFound());
		this.publicities.finalise(province, publicity.id());
		assertThat(PortalFixtures.status(this.jdbc, publicity.entries().getFirst().applicationId()))
			.isEqualTo("RECOGNISED");
	}

	@Test
	void anUpheldObjectionTakesTheUnitOffTheFinalListAndEachUnitHearsItsResult() throws Exception {
		long removed = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, "up-e1", "itc-2026");
		long kept = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, "up-e2", "itc-2026");
		Caller province = PortalFixtures.account(this.jdbc, "province");
		Publicity publicity = this.publicities.publish(province, new PublicityDraft("itc-2026", List.of(removed, kept),
				"2026年行业技术中心拟认定名单公示（异议成立）", "<p>公示</p>", 3));
		long removedEntry = publicity.entries().getFirst().id();
		objection(publicity.id(), removedEntry, "PERSON", "钱七", "13800003333", "该单位存在失信记录")
			.andExpect(status().isFound());
		long objection = this.publicities.objections(province, publicity.id()).getFirst().id();
		this.publicities.answer(province, objection, ObjectionOutcome.UPHELD, "经核实，该单位被列入失信被执行人名单");
		assertThat(this.publicities.get(publicity.id()).finalList()).extracting(Publicity.Entry::applicationId)
			.containsExactly(kept);
		assertThatThrownBy(() -> this.publicities.answer(province, objection, ObjectionOutcome.REJECTED, "改判"))
			.hasMessage("portal.objection.answered");

		this.clock.advance(Duration.ofDays(4));
		this.publicities.finalise(province, publicity.id());
		assertThat(PortalFixtures.status(this.jdbc, removed)).isEqualTo("NOT_RECOGNISED");
		assertThat(PortalFixtures.status(this.jdbc, kept)).isEqualTo("RECOGNISED");

		this.mvc.perform(get("/portal/publicity/" + publicity.id() + "/final"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("up-e2 科技有限公司")))
			.andExpect(content().string(not(containsString("up-e1 科技有限公司"))));
		this.mvc.perform(get("/portal/publicity/" + publicity.id()))
			.andExpect(content().string(containsString("异议成立：经核实，该单位被列入失信被执行人名单")));
		Cookie loser = logIn("up-e1");
		this.mvc.perform(get("/my/messages").cookie(loser))
			.andExpect(content().string(containsString("经公示异议核实未获认定")))
			.andExpect(content().string(containsString("该单位被列入失信被执行人名单")));
		this.mvc.perform(get("/my/applications").cookie(loser)).andExpect(content().string(containsString("未认定")));
		Cookie winner = logIn("up-e2");
		this.mvc.perform(get("/my/messages").cookie(winner))
			.andExpect(content().string(containsString("已通过认定")));
		this.mvc.perform(get("/my/applications").cookie(winner)).andExpect(content().string(containsString("已认定")));
		assertThatThrownBy(() -> this.publicities.finalise(province, publicity.id()))
			.hasMessage("portal.publicity.already-final");
	}

	@Test
	void resultsListPublicityAndFinalListsNewestFirst() throws Exception {
		Publicity older = publish("较早的公示", "res-f1");
		this.clock.advance(Duration.ofHours(1));
		Publicity newer = publish("较新的公示", "res-f2");
		String results = this.mvc.perform(get("/portal/results")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(results.indexOf(newer.title())).isPositive().isLessThan(results.indexOf(older.title()));
		assertThat(this.publicities.results(null)).isSortedAccordingTo(
				java.util.Comparator.comparing(ResultItem::at).reversed());
	}

	private Publicity publish(String titleWord, String username) {
		long application = PortalFixtures.unitInExpertReview(this.jdbc, this.encoder, username, "etc-2026");
		return this.publicities.publish(PortalFixtures.account(this.jdbc, "province"), new PublicityDraft("etc-2026",
				List.of(application), "2026年企业技术中心拟认定名单公示（" + titleWord + "）", "<p>公示</p>", null));
	}

	private Publicity latest(String titleWord) {
		return this.publicities.managed(PortalFixtures.account(this.jdbc, "province"))
			.stream()
			.filter(publicity -> publicity.title().contains(titleWord))
			.findFirst()
			.orElseThrow();
	}

	private ResultActions objection(long publicity, long entry, String kind, String name, String phone, String text)
			throws Exception {
		return this.mvc.perform(fields(multipart("/portal/publicity/" + publicity + "/objections"), entry, kind, name,
				phone, text));
	}

	private static MockMultipartHttpServletRequestBuilder fields(MockMultipartHttpServletRequestBuilder request,
			long entry, String kind, String name, String phone, String text) {
		request.param("entryId", String.valueOf(entry))
			.param("category", "OBJECTION")
			.param("objectorKind", kind)
			.param("name", name)
			.param("phone", phone)
			.param("content", text)
			.with(csrf());
		return request;
	}

	private long objections() {
		return this.jdbc.sql("SELECT COUNT(*) FROM publicity_objection").query(Long.class).single();
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
