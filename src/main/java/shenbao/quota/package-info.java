/**
 * 名额 (quotas): how many applications each 市州 may recommend to the province per program, from the program data,
 * held in the database (a locked row per program and city) so that no number of concurrent reviewers or app nodes
 * can pass it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "program", "region" })
@org.jspecify.annotations.NullMarked
package shenbao.quota;
