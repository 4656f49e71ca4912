/**
 * Scores an application's values against its program's indicators and eligibility rules, and serves the public
 * scoring API (SPEC §9). Pure computation: it reads program definitions and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "program" })
@org.jspecify.annotations.NullMarked
package shenbao.scoring;
