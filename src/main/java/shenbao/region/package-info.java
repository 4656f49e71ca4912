/**
 * The GB/T 2260 region tree (province → 市州 → 县区) of the provinces a deployment serves, loaded once from
 * {@code regions/regions.csv}. Read-only: other modules refer to regions by code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package shenbao.region;
