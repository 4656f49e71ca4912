package shenbao.expert;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import shenbao.application.ApplicantApi;
import shenbao.expert.ExpertFixtures.Unit;
import shenbao.program.Indicator;
import shenbao.program.Programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Expert review over the API on PostgreSQL (issue 7): conflicts checked before every assignment, the load cap, score
 * independence until the close, aggregation and ranking, and 404 for experts outside their assignments.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExpertReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Programs programs;

	ApplicantApi api;

	@BeforeEach
	void setUp() {
		this.api = new ApplicantApi(this.mvc);
	}

	@Test
	void conflictsOfEveryKindAreCheckedBeforeAssignmentAndAConflictedExpertGets404() throws Exception {
		String program = "itc-2024";
		Unit lanzhou = ExpertFixtures.unit(this.jdbc, "620102", "兰州冲突测试一号有限公司");
		Unit wuwei = ExpertFixtures.unit(this.jdbc, "620602", "武威冲突测试二号有限公司");
		Unit wuweiToo = ExpertFixtures.unit(this.jdbc, "620602", "武威冲突测试三号有限公司");
		long a = ExpertFixtures.inExpertReview(this.jdbc, program, lanzhou);
		long b = ExpertFixtures.inExpertReview(this.jdbc, program, wuwei);
		long c = ExpertFixtures.inExpertReview(this.jdbc, program, wuweiToo);
		String ownUnit = expert("同单位专家");
		String sameRegion = expert("同地区专家");
		String related = expert("有关系专家");
		String declared = expert("自行回避专家");
		String free = expert("无冲突专家");
		for (String expert : List.of(ownUnit, sameRegion, related, declared, free)) {
			member(program, expert).andExpect(status().isCreated());
		}
		settings(program, 5, 10).andExpect(status().isOk());
		// the province records what the experts declared; one expert declares a conflict of their own
		province(put("/api/v1/expert/experts/" + id(ownUnit) + "/affiliation"),
				"{\"unitName\":\"另一个名字\",\"creditCode\":\"" + lanzhou.creditCode() + "\"}")
			.andExpect(status().isOk());
		province(put("/api/v1/expert/experts/" + id(sameRegion) + "/affiliation"),
				"{\"unitName\":\"武威某大学\",\"regionCode\":\"620600\"}")
			.andExpect(status().isOk());
		province(post("/api/v1/expert/experts/" + id(related) + "/relationships"),
				"{\"unitName\":\" 武威冲突测试三号 有限公司\",\"note\":\"曾任技术顾问\"}")
			.andExpect(status().isCreated());
		json(declared, post("/api/v1/expert/me/conflicts"),
				"{\"creditCode\":\"" + wuwei.creditCode().toLowerCase() + "\",\"note\":\"亲属任职\"}")
			.andExpect(status().isCreated());

		assign(program, a, ownUnit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本单位")));
		assign(program, b, sameRegion).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("同一地区")));
		assign(program, c, sameRegion).andExpect(status().isConflict());
		assign(program, c, related).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("申报关系单位")));
		assign(program, b, declared).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本人声明回避")));

		String auto = this.api.as("province", post("/api/v1/expert/panels/" + program + "/auto-assignment"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(experts(program, a)).containsExactlyInAnyOrder(id(sameRegion), id(related), id(declared), id(free));
		assertThat(experts(program, b)).containsExactlyInAnyOrder(id(ownUnit), id(related), id(free));
		assertThat(experts(program, c)).containsExactlyInAnyOrder(id(ownUnit), id(declared), id(free));
		assertThat(JsonPath.<Integer>read(auto, "$.assigned")).isEqualTo(10);
		assertThat(JsonPath.<List<Integer>>read(auto, "$.shortfalls[*].missing")).containsExactly(1, 2, 2);

		// a conflicted or unassigned expert cannot open the application, through either module
		this.api.as(ownUnit, get("/api/v1/expert/reviews/" + a)).andExpect(status().isNotFound());
		this.api.as(ownUnit, get("/api/v1/applications/" + a)).andExpect(status().isNotFound());
		this.api.as(free, get("/api/v1/expert/reviews/" + a)).andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value(lanzhou.name()));
		this.api.as(free, get("/api/v1/applications/" + a)).andExpect(status().isOk());
		// a relationship recorded after the assignment closes the door at once
		province(post("/api/v1/expert/experts/" + id(free) + "/relationships"),
				"{\"creditCode\":\"" + lanzhou.creditCode() + "\",\"note\":\"新近受聘为顾问\"}")
			.andExpect(status().isCreated());
		this.api.as(free, get("/api/v1/expert/reviews/" + a)).andExpect(status().isNotFound());
		this.api.as(free, get("/api/v1/applications/" + a)).andExpect(status().isNotFound());
		assertThat(JsonPath.<List<Integer>>read(this.api.as(free, get("/api/v1/expert/reviews"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[*].applicationId")).doesNotContain((int) a).contains((int) b, (int) c);

		// an expert who declares a conflict on an assigned application loses it, and is not given it again
		json(related, post("/api/v1/expert/reviews/" + a + "/conflict"), "{\"reason\":\"与申报单位负责人为同学\"}")
			.andExpect(status().isNoContent());
		this.api.as(related, get("/api/v1/expert/reviews/" + a)).andExpect(status().isNotFound());
		assertThat(experts(program, a)).doesNotContain(id(related));
		this.api.as("province", post("/api/v1/expert/panels/" + program + "/auto-assignment")).andExpect(status().isOk());
		assertThat(experts(program, a)).doesNotContain(id(related));
		assign(program, a, related).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本人声明回避")));
	}

	@Test
	void automaticAssignmentBalancesTheLoadAndNeverPassesTheCap() throws Exception {
		String program = "tide-2024";
		List<Long> applications = new java.util.ArrayList<>();
		for (int index = 0; index < 5; index++) {
			applications.add(ExpertFixtures.inExpertReview(this.jdbc, program,
					ExpertFixtures.unit(this.jdbc, "620102", "负载测试单位" + index)));
		}
		List<String> experts = List.of(expert("负载专家甲"), expert("负载专家乙"), expert("负载专家丙"), expert("负载专家丁"));
		for (String expert : experts) {
			member(program, expert).andExpect(status().isCreated());
		}
		settings(program, 2, 2).andExpect(status().isOk());
		this.api.as("province", post("/api/v1/expert/panels/" + program + "/auto-assignment"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assigned").value(8))
			.andExpect(jsonPath("$.shortfalls[0].applicationId").value(applications.get(4).intValue()))
			.andExpect(jsonPath("$.shortfalls[0].missing").value(2));
		for (String expert : experts) {
			assertThat(load(program, id(expert))).as(expert).isEqualTo(2);
		}
		for (long application : applications.subList(0, 4)) {
			assertThat(experts(program, application)).hasSize(2);
		}
		assign(program, applications.get(4), experts.getFirst()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("上限 2 项")));
		// raising the cap lets the next run fill the gap, still evenly
		settings(program, 2, 3).andExpect(status().isOk());
		this.api.as("province", post("/api/v1/expert/panels/" + program + "/auto-assignment"))
			.andExpect(jsonPath("$.assigned").value(2))
			.andExpect(jsonPath("$.shortfalls").isEmpty());
		assertThat(experts.stream().mapToInt(expert -> load(program, id(expert))).max().orElseThrow()).isEqualTo(3);
		// only province reviewers run a panel
		this.api.as("city-620100", get("/api/v1/expert/panels/" + program)).andExpect(status().isNotFound());
		this.api.as(experts.getFirst(), post("/api/v1/expert/panels/" + program + "/auto-assignment"))
			.andExpect(status().isNotFound());
	}

	@Test
	void noExpertSeesAnothersScoresUntilTheProvinceClosesTheRound() throws Exception {
		String program = "alliance-2024";
		long application = ExpertFixtures.inExpertReview(this.jdbc, program,
				ExpertFixtures.unit(this.jdbc, "620602", "独立评分测试单位"));
		String first = expert("独立评分专家甲");
		String second = expert("独立评分专家乙");
		String outsider = expert("未分配专家");
		for (String expert : List.of(first, second, outsider)) {
			member(program, expert).andExpect(status().isCreated());
		}
		assign(program, application, first).andExpect(status().isCreated());
		assign(program, application, second).andExpect(status().isCreated());
		Indicator firstIndicator = this.programs.get(program).indicators().getFirst();

		scores(first, application, allIndicators(program, "0", firstIndicator.key(), "3.5"), true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.total").value(3.5));
		scores(first, application, Map.of(firstIndicator.key(), "1"), false).andExpect(status().isConflict());
		String seen = this.api.as(second, get("/api/v1/expert/reviews/" + application))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scores").isEmpty())
			.andExpect(jsonPath("$.panel").isEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(seen).doesNotContain("3.5");
		scores(second, application, Map.of(firstIndicator.key(), firstIndicator.max().add(BigDecimal.ONE).toPlainString()),
				false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(firstIndicator.key()));
		scores(second, application, Map.of(firstIndicator.key(), "2"), true).andExpect(status().isBadRequest());
		scores(second, application, allIndicators(program, "0", firstIndicator.key(), "2"), true)
			.andExpect(status().isOk());
		this.api.as(first, get("/api/v1/expert/reviews/" + application)).andExpect(jsonPath("$.panel").isEmpty())
			.andExpect(jsonPath("$.scores." + firstIndicator.key()).value(3.5));
		// the expert pages show no one else's sheet before the close either
		page(second, "/expert/reviews/" + application).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(containsString("3.5"))));
		this.api.as("province", get("/api/v1/expert/panels/" + program + "/results")).andExpect(jsonPath("$").isEmpty());
		province(put("/api/v1/expert/panels/" + program + "/proposal"), "{\"applicationIds\":[" + application + "]}")
			.andExpect(status().isConflict());

		// outside their assignments experts find nothing, and other roles neither
		this.api.as(outsider, get("/api/v1/expert/reviews/" + application)).andExpect(status().isNotFound());
		this.api.as(outsider, get("/api/v1/applications/" + application)).andExpect(status().isNotFound());
		page(outsider, "/expert/reviews/" + application).andExpect(status().isNotFound());
		this.api.as("province", get("/api/v1/expert/reviews/" + application)).andExpect(status().isNotFound());

		this.api.as("province", post("/api/v1/expert/panels/" + program + "/closure")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].mean").value(2.75))
			.andExpect(jsonPath("$[0].rank").value(1));
		this.api.as(second, get("/api/v1/expert/reviews/" + application))
			.andExpect(jsonPath("$.panel.length()").value(2))
			.andExpect(jsonPath("$.panel[0].total").value(3.5))
			.andExpect(jsonPath("$.panel[0].own").value(false))
			.andExpect(jsonPath("$.panel[1].own").value(true));
		scores(second, application, Map.of(firstIndicator.key(), "1"), false).andExpect(status().isConflict());
		assign(program, application, outsider).andExpect(status().isConflict());
	}

	@Test
	void theCloseAggregatesMeansTrimsFromFiveExpertsAndRanksTiesEqual() throws Exception {
		String program = "itc-2026";
		String key = this.programs.get(program).indicators().stream()
			.filter(indicator -> indicator.max().compareTo(BigDecimal.TEN) >= 0)
			.findFirst()
			.orElseThrow()
			.key();
		long five = ExpertFixtures.inExpertReview(this.jdbc, program, ExpertFixtures.unit(this.jdbc, "620102", "五人评审单位"));
		long two = ExpertFixtures.inExpertReview(this.jdbc, program, ExpertFixtures.unit(this.jdbc, "620102", "两人评审单位"));
		long one = ExpertFixtures.inExpertReview(this.jdbc, program, ExpertFixtures.unit(this.jdbc, "620102", "一人评审单位"));
		long none = ExpertFixtures.inExpertReview(this.jdbc, program, ExpertFixtures.unit(this.jdbc, "620102", "无人评分单位"));
		List<String> experts = List.of(expert("聚合专家一"), expert("聚合专家二"), expert("聚合专家三"), expert("聚合专家四"),
				expert("聚合专家五"), expert("聚合专家六"));
		for (String expert : experts) {
			member(program, expert).andExpect(status().isCreated());
		}
		// five sheets: 1, 2, 3, 4, 10 (the other indicators 0.5 each) → the trim drops 1 and 10
		List<String> values = List.of("1", "2", "3", "4", "10");
		for (int index = 0; index < 5; index++) {
			assign(program, five, experts.get(index)).andExpect(status().isCreated());
			scores(experts.get(index), five, allIndicators(program, "0.5", key, values.get(index)), true)
				.andExpect(status().isOk());
		}
		BigDecimal others = new BigDecimal("0.5").multiply(BigDecimal.valueOf(this.programs.get(program).indicators().size() - 1L));
		// two sheets whose mean equals the trimmed mean above: 3 and 3 → tied for first place
		for (String expert : experts.subList(0, 2)) {
			assign(program, two, expert).andExpect(status().isCreated());
			scores(expert, two, allIndicators(program, "0.5", key, "3"), true).andExpect(status().isOk());
		}
		assign(program, one, experts.get(5)).andExpect(status().isCreated());
		scores(experts.get(5), one, allIndicators(program, "0", key, "1"), true).andExpect(status().isOk());
		assign(program, none, experts.get(5)).andExpect(status().isCreated());
		scores(experts.get(5), none, Map.of(key, "7"), false).andExpect(status().isOk());

		String body = this.api.as("province", post("/api/v1/expert/panels/" + program + "/closure"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> fiveRow = row(body, five);
		// totals: others + 1, 2, 3, 4, 10 → mean = others + 4; trimmed = others + 3
		assertThat(new BigDecimal(fiveRow.get("mean").toString())).isEqualByComparingTo(others.add(new BigDecimal("4")));
		assertThat(new BigDecimal(fiveRow.get("trimmedMean").toString()))
			.isEqualByComparingTo(others.add(new BigDecimal("3")));
		assertThat(fiveRow.get("rank")).isEqualTo(1);
		Map<String, Object> twoRow = row(body, two);
		assertThat(twoRow.get("trimmedMean")).isNull();
		assertThat(new BigDecimal(twoRow.get("score").toString())).isEqualByComparingTo(others.add(new BigDecimal("3")));
		assertThat(twoRow.get("rank")).isEqualTo(1);
		assertThat(row(body, one).get("rank")).isEqualTo(3);
		// an unsubmitted sheet does not count
		assertThat(row(body, none).get("rank")).isNull();
		assertThat(row(body, none).get("mean")).isNull();
		assertThat(JsonPath.<List<Integer>>read(body, "$[*].applicationId").subList(2, 4))
			.containsExactly((int) one, (int) none);

		province(put("/api/v1/expert/panels/" + program + "/proposal"),
				"{\"applicationIds\":[" + none + "],\"opinion\":\"x\"}")
			.andExpect(status().isBadRequest());
		province(put("/api/v1/expert/panels/" + program + "/proposal"),
				"{\"applicationIds\":[" + one + "," + two + "," + five + "],\"opinion\":\"经专家评审，拟认定\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].rank").value(org.hamcrest.Matchers.contains(1, 1, 3)))
			.andExpect(jsonPath("$[2].applicationId").value((int) one));
		province(put("/api/v1/expert/panels/" + program + "/proposal"),
				"{\"applicationIds\":[" + five + "," + two + "],\"opinion\":\"名额调整\"}")
			.andExpect(status().isOk());
		List<String> actions = this.jdbc.sql("SELECT action FROM application_history WHERE application_id = :id ORDER BY id")
			.param("id", one)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("EXPERT_PROPOSED", "EXPERT_PROPOSAL_WITHDRAWN");
		assertThat(this.jdbc.sql("SELECT status FROM application WHERE id = :id").param("id", five).query(String.class).single())
			.isEqualTo("EXPERT_REVIEW");
		this.api.as("province", get("/api/v1/expert/panels/" + program + "/proposal"))
			.andExpect(jsonPath("$.length()").value(2));
	}

	private Map<String, Object> row(String results, long applicationId) {
		List<Map<String, Object>> rows = JsonPath.read(results, "$[?(@.applicationId == " + applicationId + ")]");
		assertThat(rows).hasSize(1);
		return rows.getFirst();
	}

	private Map<String, String> allIndicators(String program, String score, String key, String keyScore) {
		Map<String, String> scores = new LinkedHashMap<>();
		this.programs.get(program).indicators().forEach(indicator -> scores.put(indicator.key(), score));
		scores.put(key, keyScore);
		return scores;
	}

	private ResultActions scores(String expert, long application, Map<String, String> scores, boolean submit)
			throws Exception {
		StringBuilder body = new StringBuilder("{\"submit\":" + submit + ",\"scores\":{");
		scores.forEach((key, value) -> body.append('"').append(key).append("\":").append(value).append(','));
		if (!scores.isEmpty()) {
			body.setLength(body.length() - 1);
		}
		body.append("}}");
		return json(expert, put("/api/v1/expert/reviews/" + application + "/scores"), body.toString());
	}

	private String expert(String name) {
		return ExpertFixtures.expert(this.jdbc, this.encoder, name);
	}

	private long id(String username) {
		return ExpertFixtures.accountId(this.jdbc, username);
	}

	private List<Long> experts(String program, long application) {
		return this.jdbc.sql("SELECT expert_id FROM expert_assignment WHERE program_code = :p AND application_id = :a")
			.param("p", program)
			.param("a", application)
			.query(Long.class)
			.list();
	}

	private int load(String program, long expert) {
		return this.jdbc.sql("SELECT COUNT(*) FROM expert_assignment WHERE program_code = :p AND expert_id = :e")
			.param("p", program)
			.param("e", expert)
			.query(Integer.class)
			.single();
	}

	private ResultActions member(String program, String expert) throws Exception {
		return province(post("/api/v1/expert/panels/" + program + "/members"), "{\"expertId\":" + id(expert) + "}");
	}

	private ResultActions settings(String program, int perApplication, int cap) throws Exception {
		return province(put("/api/v1/expert/panels/" + program + "/settings"),
				"{\"expertsPerApplication\":" + perApplication + ",\"maxPerExpert\":" + cap + "}");
	}

	private ResultActions assign(String program, long application, String expert) throws Exception {
		return province(post("/api/v1/expert/panels/" + program + "/assignments"),
				"{\"applicationId\":" + application + ",\"expertId\":" + id(expert) + "}");
	}

	private ResultActions province(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return json("province", request, body);
	}

	private ResultActions json(String username,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return this.api.as(username, request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions page(String username, String path) throws Exception {
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(username)
				.password(ApplicantApi.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		return this.mvc.perform(get(path).cookie(session));
	}

}
