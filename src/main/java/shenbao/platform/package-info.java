/**
 * The one shared module: time ({@link java.time.Clock}), the platform exceptions and their problem-details
 * translation, the security chains and the page layout. It holds no business rule and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package shenbao.platform;
