/**
 * 审核推荐 (review chain): county, city and province decisions, scores and history. Filled by the review issue.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.review;
