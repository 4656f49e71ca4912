/**
 * 名额 (quotas) per program and city, held in the database. Filled by the review issue.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.quota;
