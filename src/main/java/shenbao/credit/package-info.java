/**
 * 信用 (credit check): the province's 失信 list, imported from Excel; a flag per unit for reviewers; single and batch
 * checks of 统一社会信用代码 with the seed's template (企业名称, *统一社会信用代码), answered as Excel with one result
 * per row.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.credit;
