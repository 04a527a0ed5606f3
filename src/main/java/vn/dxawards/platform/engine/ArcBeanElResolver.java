package vn.dxawards.platform.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Resolves a bare name in a BPMN expression ({@code ${intakeSteps.accepted(execution)}}) to the
 * ArC bean with that {@code @Named} name. Beans used so must have a normal scope: a
 * {@code @Dependent} instance would be created per evaluation and never destroyed.
 */
class ArcBeanElResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        InstanceHandle<Object> handle = Arc.container().instance(name);
        if (!handle.isAvailable()) {
            return null;
        }
        context.setPropertyResolved(true);
        return handle.get();
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // beans are not assignable from an expression
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
