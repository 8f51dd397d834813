package org.shortagewatch.common.audit;

/**
 * What was done, as the audit trail's {@code action} column spells it ({@code product.register}): each service
 * declares its actions as an enum of its own, in {@code domain/} beside the rules, and common its own in
 * {@link CommonAuditAction}. Plain Java, so that a service's domain may name it.
 */
@FunctionalInterface
public interface AuditedAction {

    /** As the audit trail records it. */
    String value();
}
