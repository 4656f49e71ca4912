/**
 * The public portal: notices, policies, 公示 and objections, guides, FAQ. Filled by the portal issue.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.portal;
